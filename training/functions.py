"""Custom spaCy registry functions for training kg's parser (loaded with `spacy train --code`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Corpus, Example
from spacy.util import registry


@registry.readers("kg.GoldWordsCorpus.v1")
def gold_words_corpus(path: str, limit: int = 0) -> Callable[[Language], Iterator[Example]]:
    """Examples whose input Doc has the treebank's words and its XPOS column as token.tag_.

    spaCy's default Corpus re-tokenises the text (here with pyvi) and drops tags; kg's parser instead reads
    pre-segmented words with pyvi tags, so training and evaluation must see the same input.
    """
    corpus = Corpus(path, limit=limit)

    def read(nlp: Language) -> Iterator[Example]:
        for eg in corpus(nlp):
            ref = eg.reference
            words = Doc(
                nlp.vocab,
                words=[t.text for t in ref],
                spaces=[bool(t.whitespace_) for t in ref],
                tags=[t.tag_ for t in ref],
                sent_starts=[True] + [False] * (len(ref) - 1),
            )
            yield Example(words, ref)

    return read
