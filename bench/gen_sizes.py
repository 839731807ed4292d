#!/usr/bin/env python3
"""Generates the size-benchmark inputs of bench/sizes.sh into the folder given as argument.

Each input is built from the bundled example profile or target, so the story engine has
realistic text to match against, and then grown along one dimension:

  profile-10mb.json   a 10 MB profile: the example's projects repeated with long highlights
  projects-10k.json   10,000 projects, each small and distinct
  field-1mb.json      a 1 MB `basics.summary`
  deep-10k.json       an object nested 10,000 deep (serde_json refuses past 128)
  posting-1mb.json    a target whose `description` is 1 MB
"""

import copy
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = pathlib.Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)

profile = json.loads((ROOT / "profiles/example.json").read_text())
target = json.loads((ROOT / "profiles/targets/shopmind.json").read_text())
base_projects = profile.get("projects", [])
sentence = (
    "Reproduced a published video model on public CCTV clips, then built a lighter detector "
    "that runs on a Jetson at 30 fps; deployed it behind a FastAPI service with tests. "
)


def write(name, document):
    (OUT / name).write_text(json.dumps(document, ensure_ascii=False))


def project(i, highlight_bytes):
    p = copy.deepcopy(base_projects[i % len(base_projects)])
    p["name"] = f"{p.get('name', 'Project')} #{i}"
    p.pop("repo", None)
    if highlight_bytes:
        p["highlights"] = [sentence * (highlight_bytes // len(sentence))]
    return p


# 10 MB: projects carrying ~5 KB of highlight text each.
big = copy.deepcopy(profile)
big["projects"] = [project(i, 5000) for i in range(2000)]
write("profile-10mb.json", big)

many = copy.deepcopy(profile)
many["projects"] = [project(i, 0) for i in range(10_000)]
write("projects-10k.json", many)

field = copy.deepcopy(profile)
field["basics"]["summary"] = sentence * (1_000_000 // len(sentence))
write("field-1mb.json", field)

depth = 10_000
(OUT / "deep-10k.json").write_text('{"meta": ' + '{"a": ' * depth + "1" + "}" * depth + "}")

posting = copy.deepcopy(target)
posting["description"] = sentence * (1_000_000 // len(sentence))
write("posting-1mb.json", posting)

for name in sorted(p.name for p in OUT.glob("*.json")):
    print(f"{name}: {(OUT / name).stat().st_size} bytes", file=sys.stderr)
