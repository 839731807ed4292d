#!/usr/bin/env python3
"""Issue 10's speed check, side by side in one run (interleaved, so every command sees the same
machine state): on the bundled example,

  - `storyfolio render --doc resume` (PDF) against `typst compile` of the very .typ it wrote
    (goal: median ratio at most 1.15; typst is the floor);
  - producing the resume's .typ alone (`--format typ`; goal: under 5 ms), again into the same
    folder (where an unchanged file is not written again) and into a new folder;
  - the resume and cover letter together against typst compiling both (issue 2's figure).

Repeat renders go into the same folder, as a user re-rendering does; "first" renders go into a
new folder each time. The floor of this machine is printed too: starting `true` and
`storyfolio --version`, since process start-up alone varies from day to day on a shared host. With BASELINE=path/to/another/storyfolio, that binary is measured in the
same interleaved runs too (a before/after comparison).

Usage: bench/render.py [RUNS]   (from any folder; builds the release binary first)
       STORYFOLIO_BIN=path bench/render.py   (measures that binary, no build)
"""
import os, shutil, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
os.chdir(root)
if os.environ.get("STORYFOLIO_BIN"):
    binaries = {"storyfolio": os.path.abspath(os.environ["STORYFOLIO_BIN"])}
else:
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "storyfolio"], check=True)
    target_dir = os.path.abspath(os.environ.get("CARGO_TARGET_DIR", "target"))
    binaries = {"storyfolio": os.path.join(target_dir, "release", "storyfolio")}
if os.environ.get("BASELINE"):
    binaries = {"baseline": os.path.abspath(os.environ["BASELINE"]), **binaries}
typst = shutil.which("typst") or sys.exit("typst not found: run scripts/setup.sh")
args = ["profiles/example.json", "--target", "profiles/targets/visionguard.json"]


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def ms(values):
    return f"{statistics.median(values) * 1000:7.1f} ms"


with tempfile.TemporaryDirectory() as tmp:
    # The .typ files storyfolio compiles (the final, page-fitted ones).
    source = os.path.join(tmp, "source")
    first = next(iter(binaries.values()))
    subprocess.run([first, "render", *args, "--format", "typ", "--format", "pdf", "--out", source], check=True, stdout=subprocess.DEVNULL)

    def compile_raw(stem):
        return timed([typst, "compile", "--root", source, os.path.join(source, f"{stem}.typ"), os.path.join(tmp, f"{stem}.pdf")])

    t = {name: {"resume": [], "resume_first": [], "typ": [], "typ_first": [], "both": [], "version": []} for name in binaries}
    raw_resume, raw_both, spawn = [], [], []
    true = shutil.which("true") or sys.exit("true not found")
    for i in range(runs):
        spawn.append(timed([true]))
        for name, binary in binaries.items():
            t[name]["version"].append(timed([binary, "--version"]))
            out = os.path.join(tmp, name)
            t[name]["resume"].append(timed([binary, "render", *args, "--doc", "resume", "--out", out]))
            t[name]["resume_first"].append(timed([binary, "render", *args, "--doc", "resume", "--out", os.path.join(tmp, f"{name}-first{i}")]))
            t[name]["typ"].append(timed([binary, "render", *args, "--doc", "resume", "--format", "typ", "--out", out]))
            t[name]["typ_first"].append(timed([binary, "render", *args, "--doc", "resume", "--format", "typ", "--out", os.path.join(tmp, f"{name}-typ{i}")]))
            t[name]["both"].append(timed([binary, "render", *args, "--out", out]))
        resume = compile_raw("resume")
        raw_resume.append(resume)
        raw_both.append(resume + compile_raw("cover-letter"))

    print(f"runs: {runs}, cores: {os.cpu_count()}, typst: {subprocess.run([typst, '--version'], capture_output=True, text=True).stdout.strip()}")
    print(f"typst compile resume.typ:                        {ms(raw_resume)}")
    print(f"typst compile resume.typ + cover-letter.typ:     {ms(raw_both)}")
    print(f"starting `true` (this machine's floor):          {ms(spawn)}")
    for name, r in t.items():
        # Paired: each render against the typst compile of the same round.
        ratio = statistics.median(a / b for a, b in zip(r["resume"], raw_resume))
        ratio_first = statistics.median(a / b for a, b in zip(r["resume_first"], raw_resume))
        ratio_both = statistics.median(a / b for a, b in zip(r["both"], raw_both))
        print(f"{name}:")
        print(f"  render --doc resume (PDF), repeat:             {ms(r['resume'])}  ratio {ratio:.2f} (goal <= 1.15)")
        print(f"  render --doc resume (PDF), first in a folder:  {ms(r['resume_first'])}  ratio {ratio_first:.2f}")
        print(f"  storyfolio --version:                          {ms(r['version'])}")
        print(f"  render --doc resume --format typ, repeat:      {ms(r['typ'])}  (goal < 5 ms)")
        print(f"  render --doc resume --format typ, new folder:  {ms(r['typ_first'])}")
        print(f"  render resume + cover letter (PDF):            {ms(r['both'])}  ratio {ratio_both:.2f}")
