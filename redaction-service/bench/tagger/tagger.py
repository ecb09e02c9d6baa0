"""A token tagger for person names, tried beside the rules (docs/redaction.md, *A statistical tagger, tried*).

Logistic regression over each word's shape, place, suffixes, Finnish morphology (Voikko), the English word list,
the engine's US name list and the words around it; trained on every evaluation set but the one it is tested on and
set 14. Needs python3-sklearn and python3-libvoikko (Debian). `python3 tagger.py 14 1 1` tests on set 14 with the
word itself and morphology as features (`0` leaves either out); `USNAMES=1` adds the US name list.
"""
import json, re, sys, time, collections, os
import libvoikko
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

MODULE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
EV = os.path.join(MODULE, "src/test/resources/evaluation/")
SETS = {"0": EV + "evaluation-set.jsonl", "1": EV + "held-out.jsonl"}
for k in range(2, 15):
    SETS[str(k)] = EV + f"held-out-{k}.jsonl"

L = "A-Za-zÀ-ÖØ-öø-ÿ"
TOK = re.compile(rf"[{L}0-9]+(?:[-'’][{L}0-9]+)*")

V = libvoikko.Voikko("fi")
VC = {}
def voikko(w):
    r = VC.get(w)
    if r is None:
        cls, base = set(), set()
        try:
            for a in V.analyze(w):
                cls.add(a.get("CLASS", "?")); base.add(a.get("BASEFORM", "").lower())
        except Exception:
            pass
        r = VC[w] = (cls, base)
    return r

DL, DP = set(), set()
for w in open("/usr/share/dict/words", encoding="utf-8", errors="ignore"):
    w = w.strip()
    if w.endswith("'s"):
        continue
    (DP if w[:1].isupper() else DL).add(w.lower())

USN = {}
if os.environ.get("USNAMES"):
    for line in open(os.path.join(MODULE, "src/main/resources/names/us-names.tsv"), encoding="utf-8"):
        if line.startswith("#"): continue
        p = line.rstrip("\n").split("\t")
        USN[p[0]] = p[1:]

def shape(t):
    if any(c.isdigit() for c in t): return "D"
    if t.isupper() and len(t) > 1: return "A"
    if t[0].isupper(): return "C"
    if t.islower(): return "l"
    return "m"

def load(name):
    msgs = []
    for line in open(SETS[name], encoding="utf-8"):
        d = json.loads(line)
        text = d["text"]
        toks = [(m.start(), m.end(), m.group()) for m in TOK.finditer(text)]
        names = [(e["start"], e["end"]) for e in d["entities"] if e["type"] == "NAME"]
        other = [(e["start"], e["end"]) for e in d["entities"] if e["type"] != "NAME"]
        keep = [(e["start"], e["end"]) for e in d["keep"]]
        y = [int(any(s < ne and e > ns for ns, ne in names)) for s, e, _ in toks]
        msgs.append(dict(text=text, toks=toks, y=y, names=names, other=other, keep=keep, lang=d["language"]))
    return msgs

def feats(m, ident=True, morph=True):
    text, toks = m["text"], m["toks"]
    out = []
    info = []
    for i, (s, e, t) in enumerate(toks):
        prev = text[toks[i - 1][1]:s] if i else text[:s]
        info.append((t, t.lower(), shape(t), prev))
    for i, (s, e, t) in enumerate(toks):
        t, lo, sh, prev = info[i]
        f = {"b": 1, "sh=" + sh: 1, "lang=" + m["lang"]: 1}
        if "-" in t: f["hyph"] = 1
        if "'" in t or "’" in t: f["apos"] = 1
        f["len=%d" % min(len(t), 12)] = 1
        ps = prev.strip()
        if i == 0 or ps[-1:] in ".!?": f["sent_init"] = 1
        if "\n" in prev: f["after_nl"] = 1
        if ps.endswith(":"): f["after_colon"] = 1
        if ps.endswith("@"): f["after_at"] = 1
        if ps.endswith(","): f["after_comma"] = 1
        if ps.endswith("("): f["after_paren"] = 1
        if ps[-1:] in "." and prev == ".": f["after_dot_nospace"] = 1
        nxt = text[e:toks[i + 1][0]] if i + 1 < len(toks) else text[e:]
        if nxt.startswith("@"): f["before_at"] = 1
        if nxt.startswith("."): f["before_dot"] = 1
        if nxt.strip().startswith(":"): f["before_colon"] = 1
        if nxt.startswith(","): f["before_comma"] = 1
        for k in (2, 3, 4):
            if len(lo) > k: f["suf%d=%s" % (k, lo[-k:])] = 1
        if ident:
            f["w=" + lo] = 1
        if morph:
            cls, base = voikko(t)
            for c in cls: f["vc=" + c] = 1
            if not cls: f["vc=none"] = 1
            if sh == "C":
                for c in cls: f["vcC=" + c] = 1
            if ident:
                for b in base: f["base=" + b] = 1
        if lo in USN:
            for c in USN[lo][0]: f["usn=" + c] = 1
            if len(USN[lo]) > 1 and USN[lo][1]: f["usn_w"] = 1
        if lo in DL: f["dict_lower"] = 1
        if lo in DP: f["dict_proper"] = 1
        if lo not in DL and lo not in DP: f["dict_none"] = 1
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(toks):
                f["w%+d=%s" % (d, info[j][1])] = 1
                f["sh%+d=%s" % (d, info[j][2])] = 1
                if morph and d in (-1, 1):
                    for c in voikko(info[j][0])[0]: f["vc%+d=%s" % (d, c)] = 1
            else:
                f["w%+d=<E>" % d] = 1
        if 0 < i:
            f["sh-1|sh=%s|%s" % (info[i - 1][2], sh)] = 1
        if i + 1 < len(toks):
            f["sh|sh+1=%s|%s" % (sh, info[i + 1][2])] = 1
        out.append(f)
    return out

def evaluate(msgs, preds):
    tp = fp = fn = 0; fp_other = 0
    ent = ent_found = 0; keepn = keep_dmg = 0
    fpw = collections.Counter(); fnw = collections.Counter()
    for m, p in zip(msgs, preds):
        for (s, e, t), y, q in zip(m["toks"], m["y"], p):
            if y and q: tp += 1
            elif q:
                fp += 1
                if any(s < oe and e > os for os, oe in m["other"]): fp_other += 1
                else: fpw[t] += 1
            elif y: fn += 1; fnw[t] += 1
        for ns, ne in m["names"]:
            ent += 1
            idx = [k for k, (s, e, _) in enumerate(m["toks"]) if s < ne and e > ns]
            if idx and all(p[k] for k in idx): ent_found += 1
        for ks, ke in m["keep"]:
            keepn += 1
            if any(p[k] for k, (s, e, _) in enumerate(m["toks"]) if s < ke and e > ks): keep_dmg += 1
    return dict(tokR=tp / (tp + fn), tokP=tp / max(1, tp + fp), tokP_ignoring_inside_other=tp / max(1, tp + fp - fp_other),
                entR=ent_found / ent, ent=ent, found=ent_found, fp=fp, fp_other=fp_other, keep=keepn, damaged=keep_dmg,
                top_fp=fpw.most_common(12), top_fn=fnw.most_common(12))

def run(test, train, ident, morph, C=1.0, thr=0.5, show=False):
    t0 = time.time()
    tr = [m for n in train for m in load(n)]
    te = load(test)
    Xtr = [f for m in tr for f in feats(m, ident, morph)]
    ytr = [y for m in tr for y in m["y"]]
    dv = DictVectorizer()
    X = dv.fit_transform(Xtr)
    t1 = time.time()
    clf = LogisticRegression(C=C, max_iter=2000, solver="liblinear")
    clf.fit(X, ytr)
    t2 = time.time()
    res = {}
    for th in ([thr] if not isinstance(thr, list) else thr):
        preds = []
        for m in te:
            pr = clf.predict_proba(dv.transform(feats(m, ident, morph)))[:, 1] if m["toks"] else []
            preds.append([int(x >= th) for x in pr])
        r = evaluate(te, preds)
        res[th] = r
    t3 = time.time()
    print(f"test={test} ident={ident} morph={morph} C={C} ntrain_tok={len(ytr)} nfeat={X.shape[1]} "
          f"feat+vec={t1-t0:.1f}s fit={t2-t1:.1f}s predict={ (t3-t2)/len(res):.1f}s/thr", flush=True)
    for th, r in res.items():
        print(f"  thr={th}: entR={r['entR']:.3f} ({r['found']}/{r['ent']}) tokR={r['tokR']:.3f} tokP={r['tokP']:.3f} "
              f"P(ignoring FPs inside other entities)={r['tokP_ignoring_inside_other']:.3f} fp={r['fp']} fp_in_other={r['fp_other']} "
              f"damaged={r['damaged']}/{r['keep']}", flush=True)
        if show:
            print("   FP:", r["top_fp"]); print("   FN:", r["top_fn"])
    if show:
        names = dv.get_feature_names_out(); w = clf.coef_[0]
        o = w.argsort()
        print("  top+:", [(names[k], round(w[k], 2)) for k in o[::-1][:30]])
        print("  top-:", [(names[k], round(w[k], 2)) for k in o[:20]])
    return clf, dv

if __name__ == "__main__":
    test = sys.argv[1]
    ident = sys.argv[2] == "1"; morph = sys.argv[3] == "1"
    show = len(sys.argv) > 4 and sys.argv[4] == "show"
    excl = {test, "14"}
    train = [n for n in SETS if n not in excl]
    run(test, train, ident, morph, thr=[0.3, 0.5], show=show)
