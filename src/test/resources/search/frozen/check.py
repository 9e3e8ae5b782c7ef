"""Sanity checks for the frozen NAV similar-question test set (corpus.txt, paraphrases.txt)."""
import collections, re, sys
def data(path):
    raw = open(path, 'rb').read(); raw.decode('utf-8')  # must be valid UTF-8
    return [l for l in raw.decode('utf-8').split('\n') if l.strip() and not l.startswith('#')]
err = []
corpus = {}
topics = collections.Counter()
for l in data('corpus.txt'):
    f = l.split('|')
    if len(f) != 5 or any(not x.strip() for x in f): err.append('bad corpus line: ' + l[:60]); continue
    if f[0] in corpus: err.append('dup id ' + f[0])
    corpus[f[0]] = f; topics[f[1]] += 1
ids = sorted(int(i) for i in corpus)
if ids != list(range(1, len(ids) + 1)): err.append('corpus ids not 1..N')
para = []
for l in data('paraphrases.txt'):
    f = l.split('|')
    if len(f) != 2 or not f[1].strip(): err.append('bad paraphrase line: ' + l[:60]); continue
    if f[0] not in corpus: err.append('paraphrase id not in corpus: ' + f[0])
    para.append(f)
per = collections.Counter(i for i, _ in para)
over = [i for i, c in per.items() if c > 2]
if over: err.append('more than 2 paraphrases for ' + str(over))
dup = [q for q, c in collections.Counter(q.lower() for _, q in para).items() if c > 1]
if dup: err.append('duplicate paraphrases ' + str(dup))
feats = [l.rstrip('\n').split('\t') for l in open('paraphrases_features.tsv', encoding='utf-8') if not l.startswith('#')]
if len(feats) != len(para) or any(f[1] != p[0] for f, p in zip(feats, para)): err.append('features sidecar misaligned')
# lexical overlap: share of paraphrase word types (len>=4) found in target title+question
tok = lambda s: set(w for w in re.findall(r'[a-zæøåéò0-9]+', s.lower()) if len(w) >= 4)
ov = []
for i, q in para:
    t = tok(q); d = tok(corpus[i][2] + ' ' + corpus[i][3])
    ov.append(len(t & d) / len(t) if t else 0)
n = len(para)
lang = collections.Counter(f[2] for f in feats)
extra = collections.Counter(x for f in feats for x in f[3].split(',') if x != '-')
print('corpus discussions:', len(corpus), '| topics:', len(topics))
for t, c in topics.most_common(): print(f'  {c:3d} {t}')
print('paraphrases:', n, '| distinct targets:', len(per), '| targets with 2:', sum(1 for c in per.values() if c == 2))
print('paraphrase language:', {k: f'{v} ({v/n:.0%})' for k, v in lang.items()})
print('paraphrase extras:', {k: f'{v} ({v/n:.0%})' for k, v in extra.items()})
print(f'mean lexical overlap with target title+question (words>=4 chars): {sum(ov)/n:.2f}; zero-overlap paraphrases: {sum(1 for x in ov if x == 0)}')
print('ERRORS:' if err else 'OK: no errors', *err, sep='\n')
sys.exit(1 if err else 0)
