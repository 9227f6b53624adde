"""Train, evaluate and ship kg's Vietnamese dependency parser (UD_Vietnamese-VTB, spaCy, CPU).

    python training/train.py all          # prepare + final training (train+dev) + evaluate + ship
    python training/train.py prepare      # CoNLL-U (+ pyvi tags) -> training/corpus/*.spacy via `spacy convert`
    python training/train.py train NAME [--final] [--set KEY=VALUE ...]
    python training/train.py evaluate MODEL_DIR [--out scores.json]
    python training/train.py ship MODEL_DIR SCORES_JSON

Run from the repository root with the project venv active. Training uses one thread (set below) and `nice`
is recommended: `nice -n 10 python training/train.py all`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
CORPUS = HERE / "corpus"
RUNS = HERE / "runs"
SPLITS = {"train": "vi_vtb-ud-train.conllu", "dev": "vi_vtb-ud-dev.conllu", "test": "vi_vtb-ud-test.conllu"}
# Steps for the final model (train+dev, no held-out data to pick a checkpoint): by then the batch size has grown
# to ~740 words and the model has seen ~14 passes over train+dev; the train-only run had flattened on dev well
# before (see training/README.md).
FINAL_STEPS = 2000
META = {
    "name": "kg_vi_parser",
    "version": "1.0.0",
    "description": "kg's Vietnamese UD parser: UPOS + dependencies over pyvi-segmented words with pyvi tags",
    "license": "CC BY-SA 4.0",
    "sources": [
        {
            "name": "UD_Vietnamese-VTB",
            "url": "https://github.com/UniversalDependencies/UD_Vietnamese-VTB",
            "license": "CC BY-SA 4.0",
            "commit": "e8fa54835582fb5d0c767f19f0992675726fa084",
        }
    ],
}
THREADS = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

sys.path.insert(0, str(ROOT))


def pyvi_tags(words: list[str]) -> list[str]:
    """pyvi's POS tags for already segmented words (the tags kg's pipeline puts in token.tag_)."""
    from pyvi import ViPosTagger

    tokens, tags = ViPosTagger.postagging(" ".join(w.replace(" ", "_") for w in words))
    if len(tokens) != len(words):
        raise ValueError(f"pyvi changed the segmentation of {words!r}")
    return list(tags)


def _with_pyvi_xpos(src: Path, dst: Path) -> None:
    """Copy a CoNLL-U file replacing XPOS (column 5) with pyvi's tag, so training sees kg's tag input."""
    out, block = [], []

    def flush():
        words = [c[1] for c in block]
        for cols, tag in zip(block, pyvi_tags(words) if words else []):
            cols[4] = tag
            out.append("\t".join(cols))
        block.clear()

    for line in src.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            block.append(cols)
            continue
        flush()
        out.append(line)
    flush()
    dst.write_text("\n".join(out) + "\n", encoding="utf-8")


def prepare() -> None:
    CORPUS.mkdir(exist_ok=True)
    for split, name in SPLITS.items():
        _with_pyvi_xpos(DATA / name, CORPUS / f"{split}.conllu")
    traindev = (CORPUS / "train.conllu").read_text(encoding="utf-8") + (CORPUS / "dev.conllu").read_text(
        encoding="utf-8"
    )
    (CORPUS / "traindev.conllu").write_text(traindev, encoding="utf-8")
    for split in [*SPLITS, "traindev"]:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "spacy",
                "convert",
                str(CORPUS / f"{split}.conllu"),
                str(CORPUS),
                "--converter",
                "conllu",
                "--n-sents",
                "1",
            ],
            check=True,
        )


def train(name: str, final: bool, overrides: list[str]) -> Path:
    out = RUNS / name
    train_file = CORPUS / ("traindev.spacy" if final else "train.spacy")
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(HERE / "config.cfg"),
        "--output",
        str(out),
        "--code",
        str(HERE / "functions.py"),
        "--paths.train",
        str(train_file),
        "--paths.dev",
        str(CORPUS / "dev.spacy"),
    ]
    if final:
        # dev is part of the training data here: evaluate on a slice only to log progress.
        cmd += [
            "--training.max_epochs",
            "0",
            "--training.max_steps",
            str(FINAL_STEPS),
            "--training.patience",
            "0",
            "--training.eval_frequency",
            "500",
            "--corpora.dev.limit",
            "200",
        ]
    for kv in overrides:
        key, value = kv.split("=", 1)
        cmd += [f"--{key}", value]
    start = time.time()
    subprocess.run(cmd, check=True, env={**os.environ, **THREADS})
    (out / "train_seconds.txt").write_text(f"{time.time() - start:.0f}\n")
    # With train+dev there is no held-out set to choose a checkpoint: ship the last one.
    return out / ("model-last" if final else "model-best")


def _kg_docs(texts: list[str]):
    """kg's own NLP stage (kg.nlp: sentence split, pyvi words and tags) on each raw sentence text."""
    from kg.nlp import make_nlp

    nlp = make_nlp()
    return [nlp(t) for t in texts]


def _read_texts(path: Path) -> list[str]:
    return [
        line.split("=", 1)[1].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text")
    ]


def _to_words(doc):
    """Words of a parsed Doc for the scorer, whitespace tokens dropped, heads 1-based within the Doc."""
    from conll_eval import Word

    kept = [t for t in doc if not t.is_space]
    index = {t.i: n + 1 for n, t in enumerate(kept)}
    return [Word(t.text, t.pos_, 0 if t.head.i == t.i else index.get(t.head.i, 0), t.dep_) for t in kept]


def _parse_sentences(nlp, sentences: list[tuple[list[str], list[str]]]):
    from spacy.tokens import Doc

    from kg.depparse import parse_docs

    docs = [Doc(nlp.vocab, words=w, tags=t) for w, t in sentences]
    return [_to_words(d) for d in parse_docs(docs, nlp=nlp)]


def evaluate(model: Path, split: str = "test") -> dict:
    """UPOS/UAS/LAS with gold segmentation and with kg's segmentation (kg.nlp, pyvi) of the raw text."""
    sys.path.insert(0, str(HERE))
    from conll_eval import evaluate as score
    from conll_eval import read_conllu

    from kg.depparse import load_parser

    nlp = load_parser(str(model))
    gold = read_conllu(DATA / SPLITS[split])
    gold_words = [[w.form for w in s] for s in gold]
    gold_input = [(ws, pyvi_tags(ws)) for ws in gold_words]
    start = time.perf_counter()
    system_gold_seg = _parse_sentences(nlp, gold_input)
    seconds = time.perf_counter() - start
    from kg.depparse import parse_docs

    kg_docs = _kg_docs(_read_texts(DATA / SPLITS[split]))
    system_pyvi_seg = [_to_words(d) for d in parse_docs(kg_docs, nlp=nlp)]
    result = {
        "split": split,
        "gold_segmentation": score(gold, system_gold_seg),
        "pyvi_segmentation": score(gold, system_pyvi_seg),
        "parser_sentences_per_second": len(gold) / seconds,
    }
    return result


def ship(model: Path, scores: Path) -> None:
    dest = ROOT / "kg" / "models" / "vi_parser"
    readme = dest / "README.md"
    kept = readme.read_text(encoding="utf-8") if readme.exists() else None
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(model, dest)
    shutil.copy(scores, dest / "scores.json")
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(META)
    meta_path.write_text(
        json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    if kept:
        readme.write_text(kept, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("prepare")
    t = sub.add_parser("train")
    t.add_argument("name")
    t.add_argument("--final", action="store_true")
    t.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    e = sub.add_parser("evaluate")
    e.add_argument("model", type=Path)
    e.add_argument("--split", default="test")
    e.add_argument("--out", type=Path)
    s = sub.add_parser("ship")
    s.add_argument("model", type=Path)
    s.add_argument("scores", type=Path)
    sub.add_parser("all")
    args = ap.parse_args(argv)
    if args.cmd == "prepare":
        prepare()
    elif args.cmd == "train":
        print(train(args.name, args.final, args.set))
    elif args.cmd in ("evaluate", "all"):
        if args.cmd == "all":
            prepare()
            model = train("final", True, [])
            out = RUNS / "final" / "scores.json"
        else:
            model, out = args.model, args.out
        result = json.dumps(evaluate(model, getattr(args, "split", "test")), indent=2, sort_keys=True)
        print(result)
        if out:
            out.write_text(result + "\n", encoding="utf-8")
        if args.cmd == "all":
            ship(model, out)
    elif args.cmd == "ship":
        ship(args.model, args.scores)


if __name__ == "__main__":
    main()
