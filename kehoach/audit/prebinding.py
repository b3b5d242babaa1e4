"""Can a SHACL-SPARQL query run once for all focus nodes and give what pre-binding gives?

SHACL evaluates a constraint's SELECT once per focus node with $this *pre-bound* to that node
(SHACL §5.3.1 and its appendix "Pre-binding of Variables": every group of the query starts from
the solution {$this: node} instead of the empty one). kehoach runs the query once, graph-wide, with $this a
free variable, and keeps the solutions whose $this is a focus node of the shape. This module
checks, on the query's algebra (rdflib's parser), the conditions under which the two agree:

1. SHACL's own syntax rules for pre-bound variables: no MINUS, VALUES or SERVICE; no `AS $this`
   (nor BIND to it); every sub-select returns $this. (The top-level SELECT must return $this too:
   the graph-wide run reads the focus node from it.)
2. Every solution of the WHERE pattern binds $this: it is bound by a pattern that is not only
   inside OPTIONAL, EXISTS or one branch of a UNION.
3. Wherever $this is *read* rather than joined — a FILTER or BIND expression, EXISTS, the right
   side of an OPTIONAL, an aggregate or GROUP BY — the pattern it is read from binds it already.
   Neither LIMIT nor OFFSET applies to solutions that depend on $this.

Why that suffices: call a pattern P *safe* when pre-binding gives Join({$this: t}, eval(P)) for
every t. A triple pattern is safe (substitution is that join), and Join, UNION, GRAPH, a
sub-select that returns $this, and any pattern that does not mention $this stay safe; OPTIONAL,
FILTER, BIND and GROUP BY stay safe when rule 3 holds, because where $this is bound both
evaluations see the same value. For a safe top-level pattern that binds $this in every solution
(rule 2), the solutions of the graph-wide run with $this = t are exactly those of the pre-bound
run for t.

$currentShape is bound the same way with one solution (a VALUES clause the runner puts at the
start of the WHERE group), so rule 3 applies to it as well; $shapesGraph is not supported (the
shapes graph is not in the store)."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from rdflib.term import Variable

from .memo import boolean, kept, strings

if TYPE_CHECKING:
    from rdflib.plugins.sparql.parserutils import CompValue

THIS, CURRENT_SHAPE, SHAPES_GRAPH = "this", "currentShape", "shapesGraph"
_MODIFIERS = ("Distinct", "Reduced", "OrderBy", "Slice")
_FORBIDDEN = {"Minus": "MINUS", "MinusGraphPattern": "MINUS", "values": "VALUES", "InlineData": "VALUES",
              "InlineDataOneVar": "VALUES", "InlineDataFull": "VALUES", "ServiceGraphPattern": "SERVICE"}


@functools.lru_cache(maxsize=256)
def _prepared(query: str) -> Any:
    """rdflib's parse of a query (slow: parsed once for every check made of it)."""
    return _parse(query)


def _parse(query: str) -> Any:
    """rdflib's SPARQL parser, imported when first used: building its grammar (~0.1 s, with
    pyparsing) is not paid by a load of the shapes whose analyses are kept (kehoach.audit.memo)."""
    from rdflib.plugins.sparql import prepareQuery
    return prepareQuery(query)


@functools.cache
def parse_types() -> tuple[Any, Any]:
    """The types of rdflib's parse (an algebra node, pyparsing's results), imported with the parser."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue
    return CompValue, ParseResults


@kept(decode=boolean)
def uses(query: str, var: str) -> bool:
    """Whether the query mentions `var` ($var or ?var) anywhere."""
    try:
        return _mentions(_prepared(query).algebra, var)
    except Exception:
        return False


@kept(decode=strings)
def check_prebinding(query: str) -> list[str]:
    """The reasons why running `query` graph-wide would not give the pre-bound results (none: it
    would). `query` is the complete text, prefix declarations included."""
    try:
        algebra = _prepared(query).algebra
    except Exception as e:            # rdflib raises pyparsing and plain exceptions alike
        return [f"it does not parse ({e})"]
    if algebra.name != "SelectQuery":
        return ["it must be a SELECT query"]
    if _mentions(algebra, SHAPES_GRAPH):
        return ["$shapesGraph is not supported (the shapes graph is not in the store)"]
    walk = _Walk(frozenset(v for v in (THIS, CURRENT_SHAPE) if v == THIS or _mentions(algebra, v)))
    walk.syntax(algebra)
    node = algebra.p
    while node.name in _MODIFIERS:
        if node.name == "Slice":
            walk.problem("LIMIT/OFFSET would apply to the solutions of all focus nodes together")
        node = node.p
    if node.name != "Project" or THIS not in {str(v) for v in node.PV}:
        walk.problem("the SELECT must return $this")
        return walk.problems
    seed = frozenset({CURRENT_SHAPE}) & walk.prebound     # bound by the runner's VALUES clause
    if THIS not in walk.bound(node.p, seed):
        walk.problem("every solution of the WHERE pattern must bind $this (a pattern outside OPTIONAL, EXISTS "
                     "and UNION branches that lack it)")
    return walk.problems


class _Walk:
    def __init__(self, prebound: frozenset[str]):
        self.prebound = prebound
        self.problems: list[str] = []

    def problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def reads(self, bound: frozenset[str], part: Any, where: str) -> None:
        """Rule 3: a pre-bound variable read in `part` must be bound already."""
        for v in sorted(self.prebound - bound):
            if _mentions(part, v):
                self.problem(f"${v} is read in {where} where the pattern before it does not bind it")

    def bound(self, node: CompValue, seed: frozenset[str] = frozenset()) -> frozenset[str]:
        """The variables every solution of `node` binds (checking rules 1-3 on the way); `seed`
        are those the runner binds at the start of the group `node` begins with."""
        name = node.name
        if name == "BGP":
            return seed | {str(x) for t in node.triples for x in t if isinstance(x, Variable)}
        if name == "Join":
            return self.bound(node.p1, seed) | self.bound(node.p2)
        if name == "LeftJoin":
            left = self.bound(node.p1, seed)
            self.bound(node.p2)
            self.reads(left, node.p2, "OPTIONAL")
            self.reads(left, node.get("expr"), "the FILTER of an OPTIONAL")
            return left
        if name == "Filter":
            inner = self.bound(node.p, seed)
            self.reads(inner, node.expr, "FILTER")
            return inner
        if name == "Extend":
            inner = self.bound(node.p, seed)
            if str(node.var) in self.prebound and not _aggregate_key(node.expr):
                self.problem(f"${node.var} must not be bound by BIND or AS")
            self.reads(inner, node.expr, "BIND or AS")
            return inner
        if name == "Union":
            return seed | (self.bound(node.p1) & self.bound(node.p2))
        if name == "Graph":
            inner = self.bound(node.p)
            return seed | inner | ({str(node.term)} if isinstance(node.term, Variable) else set())
        if name == "ToMultiSet":
            return seed | self.subselect(node.p)
        if name == "AggregateJoin":
            group = node.p
            inner = self.bound(group.p, seed)
            keys = {str(k) for k in (group.get("expr") or []) if isinstance(k, Variable)}
            self.reads(inner, [a for a in node.A if not (a.name == "Aggregate_Sample" and str(a.vars) in keys)],
                       "an aggregate")
            self.reads(inner, group.p, "a grouped pattern")
            return frozenset(keys & inner)
        if name in _FORBIDDEN:
            self.problem(f"SHACL does not allow {_FORBIDDEN[name]} in a constraint")
            return self.bound(node.p1, seed) if name == "Minus" else seed
        self.problem(f"kehoach cannot analyse the SPARQL form {name}")
        return seed

    def subselect(self, node: CompValue) -> frozenset[str]:
        limited = False
        while node.name in _MODIFIERS:
            limited = limited or node.name == "Slice"
            node = node.p
        if node.name != "Project":
            return self.bound(node)             # VALUES: reported by bound()
        returned = {str(v) for v in node.PV}
        if THIS not in returned:
            self.problem("every sub-select must return $this (SHACL)")
        inner = self.bound(node.p)              # evaluated on its own: no seed
        for v in sorted(self.prebound):
            if limited and _mentions(node.p, v):
                self.problem(f"LIMIT/OFFSET in a sub-select that reads ${v} would apply to all focus nodes together")
        return frozenset(inner & returned)

    def syntax(self, algebra: CompValue) -> None:
        """Rule 1 everywhere, including inside EXISTS (which rdflib leaves untranslated)."""
        for n in _nodes(algebra):
            if n.name in _FORBIDDEN:
                self.problem(f"SHACL does not allow {_FORBIDDEN[n.name]} in a constraint")
            elif n.name == "SubSelect":
                returned = {str(p.get("var")) for p in n.get("projection") or []}
                if THIS not in returned:
                    self.problem("every sub-select must return $this (SHACL)")
            elif n.name == "Bind" and str(n.get("var")) in self.prebound:
                self.problem(f"${n.get('var')} must not be bound by BIND or AS")
            elif "evar" in n and str(n["evar"]) in self.prebound:
                self.problem(f"${n['evar']} must not be bound by BIND or AS")


def _aggregate_key(expr: Any) -> bool:
    """rdflib writes a GROUP BY key back to its variable from a generated `__agg_n__`."""
    return isinstance(expr, Variable) and str(expr).startswith("__agg_")


def _children(x: Any) -> Iterator[Any]:
    comp, results = parse_types()
    if isinstance(x, comp):
        for k, v in x.items():
            if not k.startswith("_"):          # _vars: rdflib's bookkeeping, not the query
                yield v
    elif isinstance(x, (list, tuple, set, frozenset, results)):
        yield from x


def _nodes(x: Any) -> Iterator[CompValue]:
    comp = parse_types()[0]
    stack = [x]
    while stack:
        cur = stack.pop()
        if isinstance(cur, comp):
            yield cur
        stack.extend(_children(cur))


def _mentions(x: Any, var: str) -> bool:
    stack = [x]
    while stack:
        cur = stack.pop()
        if isinstance(cur, Variable):
            if str(cur) == var:
                return True
        else:
            stack.extend(_children(cur))
    return False
