"""Writes reviews.csv (300 short movie reviews, label 1 positive / 0 negative, some quoted with
commas) and tiny-tokenizer/vocab.txt (a BERT WordPiece vocabulary of their words, small enough for
the tiny test BERT's 99 embeddings). Deterministic: python3 make_reviews.py
"""
import csv
import random

rng = random.Random(19)
subjects = ["the movie", "this film", "the plot", "the acting", "the ending", "the music", "the story", "the cast"]
positive = ["great", "wonderful", "brilliant", "moving", "fun", "beautiful", "clever", "superb"]
negative = ["boring", "awful", "dull", "terrible", "slow", "silly", "weak", "bad"]
adverbs = ["really", "truly", "quite", "very", "so"]
endings = ["i loved it", "would watch again", "a must see", "i left early", "not worth it", "never again"]

rows = []
for i in range(300):
    label = i % 2
    words = positive if label else negative
    text = f"{rng.choice(subjects)} was {rng.choice(adverbs)} {rng.choice(words)}"
    if rng.random() < 0.5:
        text += f" and {rng.choice(subjects)} was {rng.choice(words)}"
    if rng.random() < 0.3:
        # An ending that agrees with the label, after a comma (so the CSV field is quoted).
        text += ", " + rng.choice(endings[:3] if label else endings[3:])
    rows.append((text, label))

with open("reviews.csv", "w", newline="", encoding="utf8") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["text", "label"])
    writer.writerows(rows)

words = sorted({w for text, _ in rows for w in text.replace(",", " ,").split()})
vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + words
assert len(vocab) <= 99, len(vocab)
import os
os.makedirs("tiny-tokenizer", exist_ok=True)
with open("tiny-tokenizer/vocab.txt", "w", encoding="utf8") as f:
    f.write("\n".join(vocab) + "\n")
print(len(rows), "rows,", len(vocab), "tokens")
