"""The tagger in two passes: the second reads the first's probabilities of the words around each word, learnt
from 4-fold predictions on the training sets (a cheap stand-in for a CRF). `USNAMES=1 python3 stack.py 14,13,12 1`
prints recall, precision and look-alikes damaged at three thresholds for each test set."""
import sys, time, os
from tagger import SETS, load, feats, evaluate
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

def fit(ms, ident, morph, extra=None):
    X = [f for m in ms for f in feats(m, ident, morph)]
    if extra is not None: X = [dict(f, **e) for f, e in zip(X, extra)]
    y = [v for m in ms for v in m["y"]]
    dv = DictVectorizer(); clf = LogisticRegression(max_iter=2000, solver="liblinear").fit(dv.fit_transform(X), y)
    return dv, clf

def proba(dv, clf, ms, ident, morph, extra=None):
    out = []
    k = 0
    for m in ms:
        F = feats(m, ident, morph)
        if extra is not None: F = [dict(f, **e) for f, e in zip(F, extra[k:k + len(F)])]
        k += len(F)
        out.append(list(clf.predict_proba(dv.transform(F))[:, 1]) if F else [])
    return out

def ctx(ps):
    ex = []
    for p in ps:
        for i in range(len(p)):
            e = {}
            for d in (-2, -1, 1, 2):
                j = i + d
                if 0 <= j < len(p): e["p%+d" % d] = p[j]; e["p%+d_hi" % d] = int(p[j] > 0.5)
            e["p0"] = p[i]
            ex.append(e)
    return ex

ident = sys.argv[2] == "1"
for test in sys.argv[1].split(","):
    t0 = time.time()
    names = [n for n in SETS if n not in {test, "14"}]
    data = {n: load(n) for n in names}
    te = load(test)
    folds = [names[k::4] for k in range(4)]
    oof = {}
    for fo in folds:
        dv, clf = fit([m for n in names if n not in fo for m in data[n]], ident, True)
        for n in fo: oof[n] = proba(dv, clf, data[n], ident, True)
    tr = [m for n in names for m in data[n]]
    ptr = [p for n in names for p in oof[n]]
    dv2, clf2 = fit(tr, ident, True, ctx(ptr))
    dv1, clf1 = fit(tr, ident, True)
    t1 = time.time()
    p1 = proba(dv1, clf1, te, ident, True)
    p2 = proba(dv2, clf2, te, ident, True, ctx(p1))
    t2 = time.time()
    print(f"STACK test={test} ident={ident} train+oof={t1-t0:.0f}s predict={t2-t1:.1f}s")
    for th in (0.3, 0.4, 0.5):
        r = evaluate(te, [[int(x >= th) for x in p] for p in p2])
        print(f"  thr={th}: entR={r['entR']:.3f} ({r['found']}/{r['ent']}) tokR={r['tokR']:.3f} tokP={r['tokP']:.3f} fp={r['fp']} damaged={r['damaged']}/{r['keep']}", flush=True)
