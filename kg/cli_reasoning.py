"""``kg reason`` and ``kg validate``: the command-line side of kg.reasoning and kg.validation.

Registered on the ``kg`` group at the end of ``kg/cli.py`` (which adds ``--store`` to them) and
kept in their own module so that ``cli.py`` stays small. The helpers of ``kg.cli`` are imported
when a command runs, not here: ``python -m kg.cli`` would otherwise import the two in a circle.
Same habits as the rest of the CLI: ``--store``/``KG_STORE``, one-line errors that say what to do,
exit status 1 when the job ran but found problems (violations).
"""
from __future__ import annotations

import sys

import click

from kg.config import Settings
from kg.ontology import OntologyNotFound
from kg.reasoning import ENGINES
from kg.store import GraphStore
from kg.vocab import Minter

EXIT_VIOLATIONS = 1


def run_reasoning(store: GraphStore, settings: Settings, engine: str = "rules",
                  explain: bool = True) -> None:
    """Reason over ``store`` and report on standard error (shared by ``kg ingest --reason``)."""
    from kg.cli import UsageFailure
    from kg.reasoning import reason as run_reason  # owlrl loads only when needed

    try:
        report = run_reason(store, Minter(settings.base_iri), engine=engine, explain=explain)
        store.optimize()
    except OntologyNotFound as exc:
        raise UsageFailure(str(exc)) from exc
    if report.note:
        click.echo(f"note: {report.note}", err=True)
    for problem in report.inconsistencies:
        click.echo(f"inconsistent: {problem}", err=True)
    click.echo(f"reasoned with {report.engine} over {report.layer} entity triples: "
               f"{report.inferred} inferred, {report.explanations} explanation triples in "
               f"<{store.inferred_graph}> ({report.seconds:.1f} s)", err=True)


@click.command()
@click.option("--engine", type=click.Choice(ENGINES), default="rules", show_default=True,
              help="rules: OWL 2 RL rules as SPARQL in Oxigraph (fast, tested equal to owlrl); "
              "owlrl: the owlrl reference reasoner (slow on big stores).")
@click.option("--no-explain", is_flag=True,
              help="Skip the sg:Inference nodes that explain each inferred triple (faster).")
def reason(store_location, engine, no_explain):
    """Materialise the OWL-RL inferences of the entity layer into the inferred graph.

    \b
    Reads the ontology plus every entity's types and the relations between entities (not the
    assertion, stance and evidence nodes), infers super-properties (leaderOf -> memberOf),
    inverses (memberOf -> hasMember), symmetric and transitive closures and domain/range types,
    and replaces <base>graph/inferred with the new triples in one transaction. Queries see them
    (kg query --no-inferred does not); kg export leaves them out unless --inferred.
    """
    from kg.cli import _open

    settings, store = _open(store_location, read_only=False)
    run_reasoning(store, settings, engine, explain=not no_explain)


@click.command()
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1),
              help="Print at most this many violations per shape.")
def validate(store_location, limit):
    """Check the asserted graphs against the SHACL shapes in ontology/shapes.ttl.

    Prints a report grouped by shape; exit status 1 when anything violates a shape.
    """
    from kg.cli import UsageFailure, _open
    from kg.validation import format_report, validate_store

    _, store = _open(store_location)
    try:
        report = validate_store(store)
    except OntologyNotFound as exc:
        raise UsageFailure(str(exc)) from exc
    click.echo(format_report(report, limit=limit))
    if not report.conforms:
        sys.exit(EXIT_VIOLATIONS)
