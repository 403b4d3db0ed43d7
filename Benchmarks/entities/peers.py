#!/usr/bin/env python3
"""Peers of `zhmine-bench ner`: jieba's POS-tagged names and Baidu LAC on a character-BIO file.

Same scoring as zhmine-bench ner: each sentence on its own, exact span and type, per type
(PER, LOC, ORG) and pooled (micro), plus exact span with any type.
  jieba.posseg: nr/nrfg/nrt -> PER, ns -> LOC, nt -> ORG (one token = one span)
  LAC (mode 'lac'): PER, LOC, ORG as tagged
Usage: python3 Benchmarks/entities/peers.py ../shared/ner/pd_dev.bio [jieba] [lac]
Written for ZhMine, 2026.
"""
import sys
import time

TYPES = ["PER", "LOC", "ORG"]


def read_bio(path):
    sentences, chars, gold, open_ = [], [], set(), None

    def close():
        nonlocal open_
        if open_ is not None:
            gold.add((open_[0], len(chars), open_[1]))
        open_ = None

    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields:
                close()
                if chars:
                    sentences.append(("".join(chars), gold))
                chars, gold = [], set()
                continue
            ch, tag = fields
            if tag == "O":
                close()
            elif tag.startswith("B-"):
                close()
                open_ = (len(chars), tag[2:])
            elif open_ is None or open_[1] != tag[2:]:
                close()
                open_ = (len(chars), tag[2:])
            chars.append(ch)
    close()
    if chars:
        sentences.append(("".join(chars), gold))
    return sentences


def spans_from_tokens(pairs, mapping):
    spans, pos = set(), 0
    for word, tag in pairs:
        t = mapping.get(tag)
        if t:
            spans.add((pos, pos + len(word), t))
        pos += len(word)
    return spans


def jieba_tagger():
    import jieba
    import jieba.posseg as pseg
    jieba.setLogLevel(60)
    mapping = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}
    return lambda s: spans_from_tokens([(w.word, w.flag) for w in pseg.cut(s)], mapping)


def lac_tagger():
    from LAC import LAC
    lac = LAC(mode="lac")
    mapping = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}

    def tag(s):
        words, tags = lac.run(s)
        return spans_from_tokens(zip(words, tags), mapping)
    return tag


def score(name, tagger, sentences):
    counts = {t: [0, 0, 0] for t in TYPES}  # tp, predicted, gold
    span = [0, 0, 0]
    c0 = time.process_time()
    for text, gold in sentences:
        pred = tagger(text)
        for t in TYPES:
            p = {x for x in pred if x[2] == t}
            g = {x for x in gold if x[2] == t}
            counts[t][0] += len(p & g)
            counts[t][1] += len(p)
            counts[t][2] += len(g)
        pu = {x[:2] for x in pred}
        gu = {x[:2] for x in gold}
        span[0] += len(pu & gu)
        span[1] += len(pu)
        span[2] += len(gu)
    cpu = time.process_time() - c0

    def row(label, c):
        p = c[0] / c[1] if c[1] else 0
        r = c[0] / c[2] if c[2] else 0
        f = 2 * p * r / (p + r) if p + r else 0
        return f"{label:<8}{c[2]:<7}{c[1]:<7}{p:<7.3f}{r:<7.3f}{f:.3f}"

    print(f"{name}: exact span and type")
    print(f"{'type':<8}{'gold':<7}{'pred':<7}{'P':<7}{'R':<7}F1")
    total = [0, 0, 0]
    for t in TYPES:
        total = [a + b for a, b in zip(total, counts[t])]
        print(row(t, counts[t]))
    print(row("all", total))
    print(row("span", span) + "   (exact span, any type)")
    print(f"CPU {cpu:.2f} s")


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: peers.py FILE.bio [jieba] [lac]")
    sentences = read_bio(sys.argv[1])
    which = sys.argv[2:] or ["jieba", "lac"]
    print(f"{sys.argv[1]}: {len(sentences)} sentences, {sum(len(s) for s, _ in sentences)} characters")
    for name in which:
        try:
            tagger = {"jieba": jieba_tagger, "lac": lac_tagger}[name]()
        except Exception as e:  # a peer that does not install or load here is reported, not fatal
            print(f"{name}: not available ({type(e).__name__}: {e})")
            continue
        score(name, tagger, sentences)


if __name__ == "__main__":
    main()
