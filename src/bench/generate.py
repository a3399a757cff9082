#!/usr/bin/env python3
"""Writes the benchmark's documents (used by src/bench/benchmark.sh).

Usage: generate.py N DIR [PER_FILE]

Writes N documents into DIR in a repeating pattern of ten: 2 briefs, 5 draft posts, 2 creator
profiles and 1 results document. They are linked by ids as in a real campaign: each post names the
brief of its group of ten (`brief-G`) and its creator (`@creatorG`), each results document names a
post of its group. Some briefs say `payment_terms: tbd` (every third), so both briefcheck and the
Spectral ruleset (src/bench/spectral/ruleset.yaml) have findings to report.

PER_FILE (default 1) is how many documents go in one file, separated by `---`. With 1, each
document has its own file named after it (brief-0.yaml, post-2.yaml, creator-7.yaml,
results-9.yaml), as the earlier bash generator wrote them; with more, files are named
docs-0000000.yaml, docs-0000001.yaml, ... and hold the documents in order.
"""
import os
import sys

BRIEF = """kind: brief
id: brief-{i}
brand:
  name: Brand {i}
  description: Skincare brand number {i} from Utrecht
  profiles: ["https://instagram.com/brand{i}"]
campaign:
  name: Campaign {i}
  objectives:
    - {{type: awareness, description: Reach skincare fans 18-34}}
  kpis:
    - {{metric: err, target: "4%"}}
  start: 2027-03-01
  end: 2027-05-31
  markets: [US, NL]
  industry: beauty
audience:
  description: Skincare-curious women 18-34
  age: "18-34"
key_messages: ["Vitamin C serum for dull skin", "100% vegan"]
deliverables:
  - {{platform: instagram, format: reel, count: 2, due: 2027-03-15}}
compensation:
  model: product_plus_fee
  fee: {{amount: 300, currency: EUR, per: post}}
  payment_terms: {terms}
contract:
  usage_rights: {{channels: [instagram], duration_months: 6}}
claims:
  - text: Brightens skin in 4 weeks
influencers:
  - {{handle: "@creator{i}", platform: instagram, followers: 48000, avg_likes: 2400, avg_comments: 180}}
"""

POST = """kind: post
id: post-{i}
brief: brief-{group}
platform: instagram
format: reel
market: US
author: "@creator{group}"
connection: paid
caption: |
  My morning routine with the new serum, three weeks in. Use code SAVE{i} for 20% off.
  #skincare #vegan #morningroutine #ad
video:
  duration_s: 45
  transcript:
    - {{at: "0:03", text: "This video is sponsored by Brand {i}"}}
"""

CREATOR = """kind: influencer
handle: "@creator{i}"
platform: instagram
followers: {followers}
following: 610
avg_likes: 2400
avg_comments: 180
avg_reach: 21000
niche: [beauty]
follower_history:
  - {{date: 2026-10-01, followers: 46000}}
  - {{date: 2026-11-01, followers: 48000}}
audit: {{tool: HypeAuditor, authentic_followers_pct: 91, mass_followers_pct: 6}}
"""

RESULTS = """kind: results
post: post-{post}
brief: brief-{group}
platform: instagram
format: reel
reach: 12000
impressions: 15000
likes: 540
comments: 61
saves: 80
clicks: 210
cost: 300
revenue: 840
"""


def document(i):
    """Returns (file name stem, text) of document number i."""
    kind = i % 10
    group = i // 10 * 10
    if kind < 2:
        return "brief-%d" % i, BRIEF.format(i=i, terms="tbd" if i % 3 == 0 else "Paid within 30 days")
    if kind < 7:
        return "post-%d" % i, POST.format(i=i, group=group)
    if kind < 9:
        return "creator-%d" % i, CREATOR.format(i=i, followers=40000 + i)
    return "results-%d" % i, RESULTS.format(post=i - 7, group=group)


def main(argv):
    if len(argv) not in (3, 4) or not all(a.isdigit() for a in [argv[1]] + argv[3:]):
        sys.exit("usage: generate.py N DIR [PER_FILE]")
    n, out = int(argv[1]), argv[2]
    per_file = int(argv[3]) if len(argv) == 4 else 1
    if per_file < 1:
        sys.exit("generate.py: PER_FILE must be 1 or more")
    os.makedirs(out, exist_ok=True)
    if per_file == 1:
        for i in range(n):
            name, text = document(i)
            with open(os.path.join(out, name + ".yaml"), "w") as f:
                f.write(text)
        return
    for first in range(0, n, per_file):
        texts = [document(i)[1] for i in range(first, min(n, first + per_file))]
        with open(os.path.join(out, "docs-%07d.yaml" % (first // per_file)), "w") as f:
            f.write("---\n".join(texts))


if __name__ == "__main__":
    main(sys.argv)
