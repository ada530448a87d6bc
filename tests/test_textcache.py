"""A text seen again in a worker is tagged from the cache, with the same answer as the first time."""

import subprocess
import sys
from pathlib import Path

from transforms.language import LanguageConfig, detect_language, detect_language_once
from transforms.topics import TopicConfig, TopicModel, tag_topics, topics_of_text

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "The city council approved the new budget for schools and hospitals on Tuesday, after a long"
    " debate about taxes. The mayor said the vote was a victory for families."
)


def test_cached_language_and_topics_equal_the_uncached_ones():
    cfg, topic_cfg = LanguageConfig(), TopicConfig()
    assert detect_language_once(TEXT, cfg) == detect_language(TEXT, cfg)
    assert detect_language_once(TEXT, cfg) == detect_language(TEXT, cfg)
    model = TopicModel.for_language("en")
    assert list(topics_of_text(TEXT, "en", topic_cfg)) == tag_topics(TEXT, model, topic_cfg)
    # The language picks the model: German text gets the multilingual model's answer.
    german = "Der Stadtrat hat am Dienstag den neuen Haushalt für Schulen beschlossen."
    multi = TopicModel.for_language("de")
    assert list(topics_of_text(german, "de", topic_cfg)) == tag_topics(german, multi, topic_cfg)


def test_the_stages_detect_and_tag_a_repeated_text_once():
    # A fresh process: the caches are per process.
    code = f"""
from transforms.language import LanguageConfig, _DetectLanguageFn, detect_language_once
from transforms.topics import TopicConfig, _TagTopicsFn, topics_of_text
from tests.test_entities import article
language, topics = _DetectLanguageFn(LanguageConfig()), _TagTopicsFn(TopicConfig())
language.setup(); topics.setup()
for n in range(3):
    [tagged] = language.process(article(f'a{{n}}', None, {TEXT!r}))
    [tagged] = topics.process(tagged)
print(detect_language_once.cache_info().misses, detect_language_once.cache_info().hits)
print(topics_of_text.cache_info().misses, topics_of_text.cache_info().hits, tagged.language, len(tagged.topics) > 0)
"""
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    # Each text detected and tagged once, then twice from the cache.
    assert done.stdout.split("\n")[:2] == ["1 2", "1 2 en True"]
