"""The `kg` command line: each command parses its arguments and calls one library function."""

from __future__ import annotations

import errno
import signal
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperCommand

app = typer.Typer(help="Build a knowledge graph of who did what to whom from Vietnamese news.", no_args_is_help=True)
console = Console(stderr=True)

OutOption = Annotated[Path, typer.Option("--out", "-o", help="Output folder of the build.")]


@app.command()
def build(
    inputs: Annotated[list[str] | None, typer.Argument(help="Files, folders or globs (default: seeds/).")] = None,
    out: OutOption = Path("out"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0: all cores).")] = 0,
    explain: Annotated[bool, typer.Option(help="Also write explain.jsonl: why sentences gave no triple.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Largest input file accepted, in bytes.")] = 20_000_000,
    cluster: Annotated[str | None, typer.Option(help="Dask scheduler address, e.g. tcp://host:8786.")] = None,
    extractor: Annotated[str | None, typer.Option(
        help="Relation extractor: rules (the default: word order, frames and the discourse layer; "
             "docs/accuracy.md), scored (the rules' candidates and more, kept by the learned event scorer), syntax "
             "(dependency tree) or both (rules + syntax).")] = None,
    formats: Annotated[str, typer.Option(
        help="Exports to write, comma-separated: jsonl, graphml, gexf, csv, html, png, ttl, trig, nq, jsonld "
             "(report.json always; ontology.ttl with any RDF format).")] = "all",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display and no summary line.")] = False,
) -> None:
    """Read articles, extract events and write the graph (Turtle, GraphML, GEXF, JSONL, report)."""
    from kg.build import build as run_build
    from kg.build_progress import progress_display
    from kg.errors import UsageError

    display = progress_display(console, quiet=quiet)
    try:
        report = run_build(
            inputs or ["seeds"], out, jobs=jobs, explain=explain, max_bytes=max_bytes,
            **({"extractor": extractor} if extractor else {}),
            formats=formats, progress=display, **({"cluster": cluster} if cluster else {}),
        )
    except UsageError as error:
        console.print(f"[red]error:[/red] {escape(str(error))}")
        raise typer.Exit(2) from None
    except OSError as error:  # disk full, no permission on --out: the previous build was left as it was
        console.print(f"[red]error:[/red] {escape(str(error))}; {escape(str(out))}/ was left as it was")
        raise typer.Exit(3) from None
    except KeyboardInterrupt:
        console.print(f"[red]interrupted:[/red] {escape(str(out))}/ was left as it was")
        raise typer.Exit(130) from None
    finally:
        display.close()
    for problem in report.failed:  # file names and messages are printed verbatim, never read as markup
        console.print(f"[yellow]skipped[/yellow] {escape(problem.source)}: {escape(problem.problem)}"
                      + (f" ({escape(problem.hint)})" if problem.hint else ""))
    counts = report.counts
    if quiet:
        raise typer.Exit(report.exit_code)
    console.print(
        f"[green]built[/green] {escape(str(out))}/: {counts.get('articles', 0)} articles, "
        f"{counts.get('events', 0)} events, "
        f"{counts.get('actors', 0)} actors, {counts.get('edges', 0)} edges; {len(report.failed)} failed"
    )
    raise typer.Exit(report.exit_code)


class _QueryCommand(TyperCommand):
    """`kg query --help` ends with the named queries and what each answers (read when help is asked for)."""

    def format_help(self, ctx, formatter) -> None:
        super().format_help(ctx, formatter)
        from rich.panel import Panel
        from rich.table import Table

        from kg.query import list_queries
        from kg.sparql_text import describe

        table = Table.grid(padding=(0, 2))
        for name, text in describe(list_queries()):
            table.add_row(f"[bold cyan]{escape(name)}[/bold cyan]", escape(text))
        Console().print(Panel(table, title="Named queries", title_align="left", border_style="dim"))


@app.command(cls=_QueryCommand)
def query(
    spec: Annotated[str, typer.Argument(help="A .rq file, a named query (listed below), or inline SPARQL.")],
    out: OutOption = Path("out"),
    bind: Annotated[list[str] | None, typer.Option("--bind", help="Bind a query parameter: name=value.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv, json or xml.")] = "table",
) -> None:
    """Run a SPARQL query over the built graph. Inline SPARQL may use kg:, rdf:, rdfs:, owl:, xsd:, schema:,
    prov:, skos: without declaring them."""
    from kg.query import QueryError, run_query
    from kg.sparql_text import BindingError, parse_bindings

    try:
        typer.echo(run_query(spec, out, bindings=parse_bindings(bind), fmt=fmt), nl=False)
    except (QueryError, BindingError) as error:
        # soft_wrap: the caret under a syntax error must stay under its column
        console.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True, highlight=False)
        raise typer.Exit(2) from None


@app.command()
def serve(
    out: OutOption = Path("out"),
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 7878,
    timeout: Annotated[float, typer.Option(help="Query time-out in seconds.")] = 10.0,
    workers: Annotated[int, typer.Option(help="Queries run at once in the short lane.")] = 4,
    long_queries: Annotated[int, typer.Option(help="Queries allowed to run past 1 s at once.")] = 2,
) -> None:
    """Answer SPARQL 1.1 Protocol queries over the built graph (read-only), with a query page at /."""
    from kg.serve import StartupError, make_app, make_server
    from kg.serve import serve as run_serve

    try:
        app = make_app(out, timeout_s=timeout, workers=workers, long_queries=long_queries)
    except StartupError as error:
        console.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True)
        raise typer.Exit(2) from None
    try:
        server = make_server(app, host, port)
    except OSError as error:  # port in use, unknown host, no permission for a low port
        app.close()
        reason = "already in use" if error.errno == errno.EADDRINUSE else escape(error.strerror or str(error))
        console.print(f"[red]error:[/red] cannot listen on {escape(host)}:{port}: {reason}", soft_wrap=True)
        raise typer.Exit(2) from None
    bound_host, bound_port = server.server_address[:2]
    console.print(f"SPARQL endpoint on http://{bound_host}:{bound_port}/sparql, query page on "
                  f"http://{bound_host}:{bound_port}/ (Ctrl-C to stop)", soft_wrap=True)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # `kill` stops it as cleanly as Ctrl-C
    try:
        run_serve(app, server)
    except KeyboardInterrupt:
        raise typer.Exit(0) from None


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events (JSONL).")],
    pred: Annotated[Path, typer.Option(help="Predicted triples.")] = Path("out/triples.jsonl"),
    details: Annotated[bool, typer.Option(help="List misses and false positives with their sentences.")] = True,
) -> None:
    """Precision, recall and F1 of predicted triples against gold events."""
    from kg.errors import UsageError
    from kg.evaluate import evaluate_files, render_report

    try:
        result = evaluate_files(gold, pred)
    except UsageError as error:
        console.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True)
        raise typer.Exit(2) from None
    render_report(result, console=Console(), details=details)


def main() -> None:  # pragma: no cover  (the `kg` program: python -m kg, and the console script)
    """Run the command line. After `kg build`, the interpreter's own teardown is skipped: freeing the NLP
    pipeline's objects one by one took 0.4 s of every cold build. By then every file the build writes is closed,
    its processes have ended and the cache is closed; the exit handlers still run and the standard streams are
    flushed, so only the freeing is left out."""
    import sys

    try:
        app()
    except SystemExit as done:
        if len(sys.argv) < 2 or sys.argv[1] != "build":
            raise
        _exit_now(done.code)


def _exit_now(code) -> None:  # pragma: no cover
    """sys.exit(code) without the interpreter's teardown (os._exit after the exit handlers and a flush)."""
    import atexit
    import os
    import sys

    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # closed or broken (a pipe whose reader left): nothing more to say
            pass
    os._exit(code or 0)
