#!/usr/bin/env python3
"""Where a JVM's CPU goes, from a JFR recording: python3 jfr-top.py recording.jfr [N]

Reads `jfr print --events jdk.ExecutionSample --stack-depth 96` and prints
1. the hottest top frames (self time),
2. for each sample, the first frame that belongs to the product, Axon, Hibernate/JDBC, Jackson,
   Spring or Tomcat, counted "inclusive" per interesting method (a rough where-does-time-go view).
"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                      capture_output=True, text=True, check=True).stdout

samples = []
for block in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>]+)\(.*?\)\s+line:", block, re.M)
    if frames:
        samples.append(frames)

total = len(samples)
print(f"{total} execution samples")
self_counts = collections.Counter(s[0] for s in samples)
print("\n== hottest frames (self) ==")
for frame, n in self_counts.most_common(top_n):
    print(f"{100.0 * n / total:5.1f}%  {frame}")

# Self time by library: each sample goes to the first frame, from the top of its stack, that
# belongs to one of these groups (JDK frames are skipped over, so a HashMap.get inside Jackson
# counts as Jackson).
groups = [
    ("PostgreSQL JDBC driver", r"^org\.postgresql"),
    ("Jackson (JSON, events, snapshots, HTTP bodies)", r"^com\.fasterxml\.jackson"),
    ("Micrometer (Axon's per-message metrics, HTTP metrics)", r"^io\.micrometer"),
    ("HikariCP", r"^com\.zaxxer"),
    ("Axon Framework", r"^org\.axonframework"),
    ("Spring JDBC / transactions", r"^org\.springframework\.(jdbc|transaction|dao)"),
    ("Spring Security / JWT (Nimbus)", r"^(org\.springframework\.security|com\.nimbusds)"),
    ("Spring MVC / Tomcat", r"^(org\.springframework\.(web|http|boot\.web)|org\.apache\.)"),
    ("Spring core (beans, AOP, validation)", r"^(org\.springframework|org\.hibernate\.validator)"),
    ("product code (com.example)", r"^com\.example"),
    ("HdrHistogram / other libraries", r"^(org\.|com\.|io\.)"),
]
compiled = [(name, re.compile(rx)) for name, rx in groups]
by_group = collections.Counter()
for s_ in samples:
    name = "JDK only (threads, I/O, collections)"
    for frame in s_:
        hit = next((n for n, rx in compiled if rx.search(frame)), None)
        if hit:
            name = hit
            break
    by_group[name] += 1
print("\n== self time by library (first non-JDK frame from the top) ==")
for name, n in by_group.most_common():
    print(f"{100.0 * n / total:5.1f}%  {name}")

print("\n== first product frame (com.example) in each sample ==")
product = collections.Counter()
for s in samples:
    f = next((f for f in s if f.startswith("com.example")), "(no product frame)")
    product[f] += 1
for frame, n in product.most_common(top_n):
    print(f"{100.0 * n / total:5.1f}%  {frame}")
