"""Scoring of extracted tasks against ../shared/gold (used by the accuracy test and by hand)."""

from __future__ import annotations

import unicodedata


def norm(s: str) -> str:
    import re
    s = unicodedata.normalize("NFC", s or "").casefold()
    s = re.sub(r"<[^>]+>", " ", s)
    return " ".join(s.split())


def f1(tp: int, fp: int, fn: int) -> float:
    if tp == 0:
        return 1.0 if fp == 0 and fn == 0 else 0.0
    p, r = tp / (tp + fp), tp / (tp + fn)
    return 2 * p * r / (p + r)


def score(gold: dict, rows: list[dict], groups: set[str]) -> dict:
    """`rows`: output of `kehoach query tasks --format json` for one source file.
    `groups`: labels of agency groups (left aside when comparing leads and supports)."""
    gtasks = gold["tasks"]
    unmatched = list(range(len(rows)))
    pairs = []
    for g in gtasks:
        hit = None
        if not g.get("synthetic_code") and "#" not in g["code"]:
            hit = next((i for i in unmatched if (rows[i].get("code") or "") == g["code"]), None)
        if hit is None:
            start = norm(g["text_start"])[:40]
            hit = next((i for i in unmatched if norm(rows[i]["text"]).startswith(start)), None)
        if hit is not None:
            unmatched.remove(hit)
            pairs.append((g, rows[hit]))
    tp_t = len(pairs)
    res = {"tasks_gold": len(gtasks), "tasks_found": len(rows),
           "task_f1": f1(tp_t, len(rows) - tp_t, len(gtasks) - tp_t)}
    gl = {norm(x) for x in groups}
    for role, gk in (("lead", "leads"), ("support", "supports")):
        tp = fp = fn = 0
        for g, r in pairs:
            want = {norm(x) for x in g[gk]}
            got = {norm(x) for x in (r[gk] or "").split(" | ") if x and norm(x) not in gl}
            tp += len(want & got)
            fp += len(got - want)
            fn += len(want - got)
        # tasks not matched: their agencies count as misses / spurious
        for g in gtasks:
            if not any(g is p[0] for p in pairs):
                fn += len(g[gk])
        for i in unmatched:
            fp += len({x for x in (rows[i][gk] or "").split(" | ") if x and norm(x) not in gl})
        res[f"{role}_f1"] = f1(tp, fp, fn)
    return res
