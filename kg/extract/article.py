"""Run the pipeline over articles and package what it found as ArticleResult."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language

from kg.extract.actor_level import at_country_level
from kg.extract.components import ACTORS_AHEAD
from kg.extract.when_where import event_date, event_place
from kg.model import Article, ArticleMeta, ArticleResult, TokenizedArticle
from kg.nlp import PyviTokenizer, tokens_doc
from kg.pyvi_text import Tokens


def extract_articles(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[ArticleResult]:
    """Stream articles through the pipeline; one ArticleResult per article, in input order."""
    pairs = ((_input(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield _result(doc, article)


def _input(nlp: Language, article: Article):
    """What the pipeline starts from: the article's Doc when its tokens were found ahead (kg.clean_ahead), made as
    the pipeline's tokenizer makes it; else its text, for the tokenizer."""
    # the tokens are those PyviTokenizer finds: a pipeline with another tokenizer segments the text itself
    tokens = article.tokens if isinstance(article, TokenizedArticle) else None
    if tokens is not None and isinstance(nlp.tokenizer, PyviTokenizer):
        doc = tokens_doc(nlp.vocab, article.text, Tokens(*tokens))
        if article.actors is not None:  # read ahead from these very tokens (kg.extract.components.ActorComponent)
            doc.user_data[ACTORS_AHEAD] = article.actors
        return doc
    return article.text


def _result(doc, article: Article) -> ArticleResult:
    state = doc._.kg_actors
    events = tuple(
        replace(e, doc=article.id, date=event_date(e.sentence, article.date), place=event_place(e.sentence))
        for e in at_country_level(tuple(doc._.kg_events), state.actors)
    )
    used = {m.actor_id for m in state.mentions} | {a for e in events for a in (*e.subjects, *e.objects)}
    used |= {state.actors[a].country for a in list(used) if a in state.actors and state.actors[a].country}
    actors = tuple(state.actors[a] for a in sorted(used) if a in state.actors)
    sha = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    return ArticleResult(
        article=ArticleMeta.of(article, sha),
        actors=actors,
        mentions=tuple(state.mentions),
        events=events,
        sentences=len(doc._.kg_sentences),
        syllables=sum(len(s.syls) for s in doc._.kg_sentences),
        explanations=tuple(replace(x, doc=article.id) for x in doc._.kg_explain or ()),
    )
