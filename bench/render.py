#!/usr/bin/env python3
"""Issue 2's speed check, side by side in one run: storyfolio rendering the example's resume
and cover letter to PDF end to end, against `typst compile` run directly on the very .typ
files storyfolio generated. Prints the medians and the ratio (goal: at most 1.15).

Usage: bench/render.py [RUNS]   (builds the release binary first)
"""
import os, shutil, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
os.chdir(root)
subprocess.run(["cargo", "build", "--release", "--quiet"], check=True)
binary = os.path.join(root, "target/release/storyfolio")
typst = shutil.which("typst") or sys.exit("typst not found: run scripts/setup.sh")
args = ["profiles/example.json", "--target", "profiles/targets/visionguard.json"]

def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start

with tempfile.TemporaryDirectory() as tmp:
    # The .typ files storyfolio compiles (the final, page-fitted ones).
    source = os.path.join(tmp, "source")
    subprocess.run([binary, "render", *args, "--format", "typ", "--format", "pdf", "--out", source], check=True, stdout=subprocess.DEVNULL)
    out = os.path.join(tmp, "out")
    ours, cold, raw = [], [], []
    for i in range(runs):  # interleaved, so all see the same machine state
        # Warm: a repeat render into the same folder (the page-fit decision is remembered).
        ours.append(timed([binary, "render", *args, "--out", out]))
        # Cold: a first render into a new folder (measures the resume's entries once).
        cold.append(timed([binary, "render", *args, "--out", os.path.join(tmp, f"cold{i}")]))
        raw.append(timed([typst, "compile", "--root", source, os.path.join(source, "resume.typ"), os.path.join(tmp, "r.pdf")])
                   + timed([typst, "compile", "--root", source, os.path.join(source, "cover-letter.typ"), os.path.join(tmp, "c.pdf")]))
    m_ours, m_cold, m_raw = statistics.median(ours), statistics.median(cold), statistics.median(raw)
    print(f"runs: {runs}")
    print(f"storyfolio render, repeat (resume + cover letter, PDF): median {m_ours * 1000:.1f} ms")
    print(f"storyfolio render, first into a new folder:            median {m_cold * 1000:.1f} ms")
    print(f"typst compile of the same two .typ files:               median {m_raw * 1000:.1f} ms")
    print(f"ratio storyfolio / typst: {m_ours / m_raw:.2f} repeat, {m_cold / m_raw:.2f} first (goal <= 1.15)")
