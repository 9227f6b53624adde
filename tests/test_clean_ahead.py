"""`kg build --jobs 1` cleans in a process of its own ahead of extraction (kg.clean_ahead): the articles taken,
the problems reported and their order are those of cleaning in the build's process, also when that process
fails on the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Article, InputProblem

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _items() -> list:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    items: list = [Article(id=f"a{n}", text=text, source=f"a{n}.txt") for n, text in enumerate(texts)]
    items.insert(2, InputProblem("broken.html", "not UTF-8", "re-save it", "ingest"))
    items.insert(4, Article(id="a1", text=texts[0], source="again.txt"))  # a duplicate id
    items.append(Article(id="empty", text="Ảnh: AFP\n\nTheo AFP", source="empty.txt"))
    items += [Article(id=f"b{n}", text=text, source=f"b{n}.txt", title="Tin", outlet="VOV")
              for n, text in enumerate(texts)]
    return items


def _cleaned(ahead: int, store=None, items=None, on_cleaner=None):
    from kg.build import BuildReport, _clean

    report = BuildReport(out=Path("."))
    articles = list(_clean(iter(_items() if items is None else items), report, store, ahead=ahead,
                           on_cleaner=on_cleaner))
    return articles, report.failed, report.articles


@pytest.fixture
def inline_one(monkeypatch):
    import kg.build

    monkeypatch.setattr(kg.build, "CLEAN_INLINE", 1)


def test_cleaning_ahead_takes_and_reports_what_cleaning_here_does(inline_one, tmp_path):
    from kg.cache import ExtractCache

    here = _cleaned(0)
    assert len(here[0]) >= 8 and here[1]  # the cleaning process is used, and there are problems to report
    for ahead in (2, 5, 128):
        assert _cleaned(ahead) == here
    with ExtractCache(tmp_path / "cache") as store:  # cleaned rows stored, then reused, the same either way
        assert _cleaned(5, store) == here
        store.flush()
        assert _cleaned(5, store) == here


def test_once_the_cleaning_process_starts_the_build_cleans_nothing_itself(monkeypatch):
    """The articles met before the process started (up to CLEAN_INLINE) go to it too: the build's own process
    imports the extraction modules meanwhile (on_cleaner), instead of cleaning them and importing afterwards.
    With no more than CLEAN_INLINE articles to clean, no process starts."""
    import kg.build

    here = _cleaned(0)
    few = _items()[:6]
    few_here = _cleaned(0, items=few)
    cleaned_here: list[str] = []
    real = kg.build._clean_one
    monkeypatch.setattr(kg.build, "_clean_one", lambda article: cleaned_here.append(article.id) or real(article))
    started: list[int] = []
    assert _cleaned(128, on_cleaner=lambda: started.append(1)) == here
    assert started == [1] and cleaned_here == []
    assert _cleaned(128, items=few, on_cleaner=lambda: started.append(1)) == few_here
    assert started == [1] and len(cleaned_here) == 4


def test_a_cleaning_process_that_dies_is_replaced_by_cleaning_here(inline_one, monkeypatch):
    from kg.clean_ahead import Cleaner

    here = _cleaned(0)
    answered = []
    real = Cleaner.result

    def result(self):
        if len(answered) == 2:
            self._process.kill()
            self._process.wait()
        answered.append(1)
        return real(self)

    monkeypatch.setattr(Cleaner, "result", result)
    assert _cleaned(128) == here
    assert len(answered) > 3


def test_articles_segmented_ahead_extract_as_articles_segmented_here():
    """The cleaning process also segments and tags each article and reads its actors (kg.model.TokenizedArticle);
    extraction builds its Doc from those tokens and takes those actors, and every result is the one the
    pipeline's own tokenizer and actor component give."""
    from kg.clean_ahead import _pyvi, _recognizer, _tokenized
    from kg.extract import make_pipeline
    from kg.extract.article import extract_articles
    from kg.model import TokenizedArticle

    articles = [Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=p.name) for p in SEEDS[:6]]
    ahead = [_tokenized(a, _pyvi(), _recognizer()) for a in articles]
    assert all(isinstance(a, TokenizedArticle) and a.tokens and a.actors for a in ahead) and ahead == articles
    nlp = make_pipeline(extractor="scored")
    assert list(extract_articles(nlp, ahead)) == list(extract_articles(nlp, articles))


TEXTS = ("  \n Mỹ.  ", "a", " x _ y ", "Nga và Mỹ.\n\n  Hai bên hội đàm.",
         "Ông Moon Jae - in gặp Thủ tướng Nhật Bản Shinzo Abe. Hai bên nhất trí hợp tác.")


@pytest.mark.parametrize("path_or_text", [*SEEDS, *TEXTS], ids=lambda x: getattr(x, "name", repr(x)[:12]))
def test_actors_read_ahead_are_those_the_actor_component_reads(path_or_text):
    """The actors the cleaning process reads from pyvi's tokens (kg.extract.actors.layout_of_tokens) are the
    state and sentences, syllable for syllable, that the actor component reads from the Doc of those tokens."""
    from kg.clean_ahead import _pyvi, _recognizer, _tokenized
    from kg.extract import make_pipeline

    text = path_or_text.read_text(encoding="utf-8") if isinstance(path_or_text, Path) else path_or_text
    ahead = _tokenized(Article(id="x", text=text, source="x.txt"), _pyvi(), _recognizer())
    state, sentences = ahead.actors
    doc = make_pipeline()(text)
    assert state == doc._.kg_actors and sentences == doc._.kg_sentences
    assert [[(s.text, s.verb, s.low) for s in info.syls] for info in sentences] == [
        [(s.text, s.verb, s.low) for s in info.syls] for info in doc._.kg_sentences]
    assert len(sentences) == len(doc._.kg_sentences) >= 1


def test_the_actor_component_takes_the_actors_read_ahead(monkeypatch):
    """An article whose actors were read ahead is not read again in the build's process: that is the work the
    cleaning process takes off the core that extracts."""
    from kg.clean_ahead import _pyvi, _recognizer, _tokenized
    from kg.extract import make_pipeline
    from kg.extract.actors import ActorRecognizer
    from kg.extract.article import extract_articles

    article = Article(id="s0", text=SEEDS[0].read_text(encoding="utf-8"), source=SEEDS[0].name)
    ahead = _tokenized(article, _pyvi(), _recognizer())
    expected = list(extract_articles(make_pipeline(), [article]))
    nlp = make_pipeline()

    def read_again(self, text, layout):
        raise AssertionError("the actors were read again")

    monkeypatch.setattr(ActorRecognizer, "article", read_again)
    assert list(extract_articles(nlp, [ahead])) == expected and expected[0].events
