# A small WAV file for bin/suite demo, written with printf alone: 16-bit PCM mono at 8 kHz,
# half a second of a 400 Hz square wave, and the metadata chunks that telephony platforms put
# in their recordings (LIST/INFO, bext, iXML) with the caller's identifiers in them — the
# chunks ingest-service must strip before the audio leaves for transcription (R7.4).

# le <bytes> <number>: the number as <bytes> little-endian bytes.
le() {
    local bytes=$1 n=$2 i format=""
    for ((i = 0; i < bytes; i++)); do
        format+=$(printf '\\x%02x' $(((n >> (8 * i)) & 255)))
    done
    # shellcheck disable=SC2059 # the format is the bytes
    printf "$format"
}

# riff_chunk <id> <content file>: the chunk (id, size, content, pad byte to an even size).
riff_chunk() {
    local size
    size=$(wc -c <"$2")
    printf '%s' "$1"
    le 4 "$size"
    cat "$2"
    ((size % 2 == 0)) || printf '\x00'
}

# fixed_field <length> <text>: the text cut or zero-padded to <length> bytes (bext fields).
fixed_field() {
    local text
    text=$(printf '%s' "$2" | head -c "$1")
    printf '%s' "$text"
    head -c "$(($1 - $(printf '%s' "$text" | wc -c)))" /dev/zero
}

# info_entry <id> <text>: one LIST/INFO entry, a zero-terminated string.
info_entry() {
    local entry
    entry=$(mktemp)
    printf '%s\x00' "$2" >"$entry"
    riff_chunk "$1" "$entry"
    rm -f "$entry"
}

# wav_write <file> <call id> <caller name> <caller phone> <caller e-mail> <agent name>
wav_write() {
    local file=$1 call=$2 name=$3 phone=$4 email=$5 agent=$6 work i
    work=$(mktemp -d)
    # fmt: PCM (1), mono, 8000 Hz, 16000 bytes/s, block 2, 16 bits.
    { le 2 1; le 2 1; le 4 8000; le 4 16000; le 2 2; le 2 16; } >"$work/fmt"
    {
        printf 'INFO'
        info_entry INAM "Puhelu $call: $name"
        info_entry IART "$name"
        info_entry ICMT "Soittaja $name, $phone, $email; agentti $agent"
        info_entry ICRD "$(date -u +%Y-%m-%d)"
        info_entry ISFT "bin/suite demo"
    } >"$work/list"
    # bext (EBU Tech 3285 v1): description, originator, reference, date, time, time reference,
    # version, UMID, loudness (v2 fields, zero), reserved, coding history.
    {
        fixed_field 256 "Call from $name ($phone, $email) to the service desk"
        fixed_field 32 "Demo PBX"
        fixed_field 32 "$call"
        fixed_field 10 "$(date -u +%Y-%m-%d)"
        fixed_field 8 "$(date -u +%H:%M:%S)"
        le 4 0
        le 4 0
        le 2 1
        head -c $((64 + 10 + 180)) /dev/zero
        printf 'A=PCM,F=8000,W=16,M=mono,T=bin/suite demo;caller=%s\r\n' "$phone"
    } >"$work/bext"
    printf '<?xml version="1.0" encoding="UTF-8"?><BWFXML><IXML_VERSION>2.10</IXML_VERSION><PROJECT>%s</PROJECT><NOTE>%s %s</NOTE></BWFXML>' \
        "$call" "$name" "$phone" >"$work/ixml"
    # 200 periods of 20 samples: 10 at +8000 (0x1f40), 10 at -8000 (0xe0c0).
    for ((i = 0; i < 200; i++)); do
        printf '\x40\x1f\x40\x1f\x40\x1f\x40\x1f\x40\x1f\x40\x1f\x40\x1f\x40\x1f\x40\x1f\x40\x1f'
        printf '\xc0\xe0\xc0\xe0\xc0\xe0\xc0\xe0\xc0\xe0\xc0\xe0\xc0\xe0\xc0\xe0\xc0\xe0\xc0\xe0'
    done >"$work/data"
    {
        printf 'WAVE'
        riff_chunk 'fmt ' "$work/fmt"
        riff_chunk LIST "$work/list"
        riff_chunk bext "$work/bext"
        riff_chunk iXML "$work/ixml"
        riff_chunk data "$work/data"
    } >"$work/wave"
    { printf 'RIFF'; le 4 "$(wc -c <"$work/wave")"; cat "$work/wave"; } >"$file"
    rm -rf "$work"
}
