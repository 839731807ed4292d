#!/usr/bin/env python3
"""Issue 5's speed check, side by side in one run: `storyfolio batch` over 100 generated
targets (resume and cover letter, PDF) against a shell-style loop calling `storyfolio render`
once per target, then an unchanged second batch. Goals: batch <= 0.6x the loop; the second
batch <= 5% of the first.

Usage: bench/batch.py [TARGETS]   (builds the release binary first)
"""
import json, os, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
os.chdir(root)
subprocess.run(["cargo", "build", "--release", "--quiet"], check=True)
binary = os.path.join(root, os.environ.get("CARGO_TARGET_DIR", "target"), "release", "storyfolio")
profile = "profiles/example.json"
bases = [json.load(open(f"profiles/targets/{name}.json", encoding="utf-8")) for name in ["visionguard", "shopmind", "lightedge.ko", "safecity.ko"]]

def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start

with tempfile.TemporaryDirectory() as tmp:
    targets = os.path.join(tmp, "targets")
    os.mkdir(targets)
    for i in range(count):
        target = dict(bases[i % len(bases)])
        target["company"] = f"{target['company']} {i:03d}"
        with open(os.path.join(targets, f"t{i:03d}.json"), "w", encoding="utf-8") as f:
            json.dump(target, f, ensure_ascii=False)
    files = sorted(os.path.join(targets, f) for f in os.listdir(targets))
    start = time.perf_counter()
    for i, file in enumerate(files):
        subprocess.run([binary, "render", profile, "--target", file, "--out", os.path.join(tmp, "loop", str(i))], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    loop = time.perf_counter() - start
    first = timed([binary, "batch", profile, "--targets", targets, "--out", os.path.join(tmp, "batch")])
    second = timed([binary, "batch", profile, "--targets", targets, "--out", os.path.join(tmp, "batch")])
    print(f"targets: {count} (resume + cover letter, PDF), cores: {os.cpu_count()}")
    print(f"loop of `storyfolio render`: {loop:.2f} s")
    print(f"storyfolio batch:            {first:.2f} s   ratio {first / loop:.2f} (goal <= 0.6)")
    print(f"unchanged second batch:      {second:.2f} s   {100 * second / first:.1f}% of the first (goal <= 5%)")
