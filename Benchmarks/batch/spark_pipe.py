"""Pipe documents through `zhmine batch --jsonl` with Spark's RDD.pipe() (local mode).

This is how ZhMine runs on an existing distributed engine when an archive outgrows one machine:
each partition's documents go to one `zhmine batch --jsonl` process as JSON lines
{"id", "text"}; each process answers one JSON line of records per document.

    python3 -m venv Benchmarks/.venv && Benchmarks/.venv/bin/pip install pyspark   # Java 17 needed
    Benchmarks/.venv/bin/python Benchmarks/batch/spark_pipe.py [DOCUMENTS=300] [PARTITIONS=2]

The documents are the Corpus reports, rotated and with shifted digits so that no two are alike
(the same generator as run.sh, one report a document).
"""
import glob
import json
import os
import sys
import time

from pyspark import SparkConf, SparkContext

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ZHMINE = os.environ.get("ZHMINE", os.path.join(ROOT, ".build", "release", "zhmine"))


def documents(n):
    reports = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "Corpus", "reports", "*.txt")))]
    for i in range(n):
        shift = str.maketrans("0123456789", "".join(str((d + i) % 10) for d in range(10)))
        text = f"第{i}号 某市{2000 + i % 26}年政府工作报告\n" + reports[i % len(reports)].translate(shift)
        yield json.dumps({"id": f"doc-{i:04d}", "text": text}, ensure_ascii=False)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    partitions = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    conf = SparkConf().setMaster(f"local[{partitions}]").setAppName("zhmine-batch-pipe").set("spark.ui.enabled", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    lines = sc.parallelize(list(documents(n)), partitions)
    start = time.time()
    # One zhmine process per partition, one job each (Spark already runs a partition per core).
    out = lines.pipe(f"{ZHMINE} batch --jsonl --jobs 1", env=dict(os.environ)).map(json.loads).cache()
    records = out.collect()
    seconds = time.time() - start
    errors = [r for r in records if "error" in r]
    numbers = sum(len(r.get("numbers", [])) for r in records)
    print(f"pyspark {sc.version}, local[{partitions}]: {len(records)} documents in, {len(records)} JSON lines out, "
          f"{len(errors)} errors, {numbers} numbers, {seconds:.1f} s")
    by_year = out.filter(lambda r: r.get("year")).map(lambda r: (r["year"], 1)).reduceByKey(lambda a, b: a + b).sortByKey().take(5)
    print("documents by year (first 5):", by_year)
    first = records[0]
    print("first record:", first["id"], first["title"], first["jurisdiction"], first["year"], first["chars"], "chars,",
          len(first["numbers"]), "numbers, e.g.", json.dumps(first["numbers"][:2], ensure_ascii=False))
    print("its keywords:", " ".join(k["word"] for k in first["keywords"][:8]))
    sc.stop()


if __name__ == "__main__":
    main()
