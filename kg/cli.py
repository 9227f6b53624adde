"""The `kg` command line: each command parses its arguments and calls one library function."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

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
    extractor: Annotated[str, typer.Option(
        help="Relation extractor: rules (word order), syntax (dependency tree) or both.")] = "rules",
) -> None:
    """Read articles, extract events and write the graph (Turtle, GraphML, GEXF, JSONL, report)."""
    from kg.build import build as run_build
    from kg.ingest import UsageError

    try:
        with console.status("building…") as status:
            report = run_build(
                inputs or ["seeds"], out, jobs=jobs, explain=explain, max_bytes=max_bytes, extractor=extractor,
                progress=lambda stage, n: status.update(f"{stage}: {n} articles"),
                **({"cluster": cluster} if cluster else {}),
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
    for problem in report.failed:  # file names and messages are printed verbatim, never read as markup
        console.print(f"[yellow]skipped[/yellow] {escape(problem.source)}: {escape(problem.problem)}"
                      + (f" ({escape(problem.hint)})" if problem.hint else ""))
    counts = report.counts
    console.print(
        f"[green]built[/green] {escape(str(out))}/: {counts.get('articles', 0)} articles, "
        f"{counts.get('events', 0)} events, "
        f"{counts.get('actors', 0)} actors, {counts.get('edges', 0)} edges; {len(report.failed)} failed"
    )
    raise typer.Exit(report.exit_code)


@app.command()
def query(
    spec: Annotated[str, typer.Argument(help="A .rq file, a name from queries/ (e.g. cooperation), or SPARQL.")],
    out: OutOption = Path("out"),
    bind: Annotated[list[str] | None, typer.Option("--bind", help="Bind a query variable: name=value.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a SPARQL query over the built graph."""
    from kg.query import QueryError, run_query

    bindings = dict(item.split("=", 1) for item in bind or [] if "=" in item)
    try:
        typer.echo(run_query(spec, out, bindings=bindings, fmt=fmt), nl=False)
    except QueryError as error:
        console.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from None


@app.command()
def serve(
    out: OutOption = Path("out"),
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 7878,
    timeout: Annotated[float, typer.Option(help="Query time-out in seconds.")] = 10.0,
) -> None:
    """Answer SPARQL 1.1 Protocol queries over the built graph (read-only)."""
    from kg.serve import serve as run_serve

    console.print(f"SPARQL endpoint on http://{host}:{port}/sparql (Ctrl-C to stop)")
    run_serve(out, host=host, port=port, timeout_s=timeout)


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events (JSONL).")],
    pred: Annotated[Path, typer.Option(help="Predicted triples.")] = Path("out/triples.jsonl"),
    details: Annotated[bool, typer.Option(help="List misses and false positives with their sentences.")] = True,
) -> None:
    """Precision, recall and F1 of predicted triples against gold events."""
    from kg.evaluate import evaluate_files, render_report

    result = evaluate_files(gold, pred)
    render_report(result, console=Console(), details=details)


def main() -> None:  # pragma: no cover
    app()
