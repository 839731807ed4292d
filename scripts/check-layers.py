#!/usr/bin/env python3
"""The import-direction check: every module of src/ imports only modules declared above it
in src/lib.rs, so data flows one way (load -> story -> view -> render -> typst) and no two
modules import each other. Reads the layer order from the `mod` lines of src/lib.rs.

Inside `app`, a command never imports another command: only the modules src/app.rs names as
shared ("Shared by the commands: `session`, ...").

Exit 0 and one summary line when the order holds; exit 1 and one line per import that
points the wrong way (or names a module lib.rs does not declare) otherwise."""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

MOD_LINE = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+([a-z_][a-z0-9_]*)\s*;", re.M)
# `crate::name`, `crate::{a, b::c}`, and `super::...::name` paths.
CRATE_PATH = re.compile(r"\bcrate::(\{|[a-z_][a-z0-9_]*)")
SUPER_PATH = re.compile(r"\b((?:super::)+)(\{|[a-z_][a-z0-9_]*)")
IDENT = re.compile(r"[a-z_][a-z0-9_]*")


def strip_comments_and_strings(text: str) -> str:
    """The code without comments and string literals, line breaks kept for line numbers."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif c == "r" and re.match(r'r#*"', text[i:]) and (i == 0 or not text[i - 1].isalnum()):
            hashes = re.match(r"r(#*)\"", text[i:]).group(1)
            end = '"' + hashes
            j = text.find(end, i + 2 + len(hashes))
            j = n if j < 0 else j + len(end)
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append("\n" * text.count("\n", i, j))
            i = j + 1
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", text[i:]):
            i += len(re.match(r"'(\\.[^']*|[^\\'])'", text[i:]).group(0))
        else:
            out.append(c)
            i += 1
    return "".join(out)


def group_heads(text: str, start: int) -> list[str]:
    """The first segment of each path in the `{...}` group opening at `start`."""
    depth, i, heads, expect = 0, start, [], True
    while i < len(text):
        c = text[i]
        if c == "{":
            depth += 1
            expect = depth == 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                break
        elif c == "," and depth == 1:
            expect = True
        elif expect and depth == 1:
            m = IDENT.match(text, i)
            if m:
                heads.append(m.group(0))
                i = m.end()
                expect = False
                continue
        i += 1
    return heads


def module_of(path: pathlib.Path) -> list[str]:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "mod":
        parts.pop()
    return parts


APP_SHARED = re.compile(r"Shared by the commands:(.*?)A command never imports", re.S)
APP_PATH = re.compile(r"\bcrate::app::(\{|[a-z_][a-z0-9_]*)")


def app_imports(module: list[str], code: str) -> list[tuple[str, int]]:
    """The `app` submodules a file of `app` names, with where."""
    found = []
    for m in APP_PATH.finditer(code):
        heads = group_heads(code, m.start(1)) if m.group(1) == "{" else [m.group(1)]
        found += [(h, m.start()) for h in heads]
    for m in SUPER_PATH.finditer(code):
        base = module[: len(module) - m.group(1).count("super::")]
        if base == ["app"]:
            heads = group_heads(code, m.start(2)) if m.group(2) == "{" else [m.group(2)]
            found += [(h, m.start()) for h in heads]
    return found


def check_commands(problems: list[str]) -> None:
    """Commands (the `app` submodules not named as shared) import no other command."""
    app_doc = (SRC / "app.rs").read_text(encoding="utf-8")
    shared_text = APP_SHARED.search(app_doc)
    if not shared_text:
        problems.append("src/app.rs: no \"Shared by the commands: ...\" list to check against")
        return
    shared = set(re.findall(r"`([a-z_][a-z0-9_]*)`", shared_text.group(1)))
    children = {p.stem for p in (SRC / "app").glob("*.rs")} | {
        p.name for p in (SRC / "app").iterdir() if p.is_dir()
    }
    commands = children - shared
    for path in sorted((SRC / "app").rglob("*.rs")):
        module = module_of(path)
        own = module[1]
        code = strip_comments_and_strings(path.read_text(encoding="utf-8"))
        for name, at in app_imports(module, code):
            if name in commands and name != own:
                line = code.count("\n", 0, at) + 1
                problems.append(
                    f"{path.relative_to(ROOT)}:{line}: command `{own}` imports command `{name}` "
                    f"(share it through a module src/app.rs lists as shared)"
                )


def main() -> int:
    order = MOD_LINE.findall((SRC / "lib.rs").read_text(encoding="utf-8"))
    rank = {name: i for i, name in enumerate(order)}
    problems, checked = [], 0
    for path in sorted(SRC.rglob("*.rs")):
        if path.parent == SRC and path.name in ("lib.rs", "main.rs"):
            continue
        module = module_of(path)
        top = module[0]
        rel = path.relative_to(ROOT)
        if top not in rank:
            problems.append(f"{rel}: module `{top}` is not declared in src/lib.rs")
            continue
        code = strip_comments_and_strings(path.read_text(encoding="utf-8"))
        used = []
        for m in CRATE_PATH.finditer(code):
            heads = group_heads(code, m.start(1)) if m.group(1) == "{" else [m.group(1)]
            used += [(h, m.start()) for h in heads]
        for m in SUPER_PATH.finditer(code):
            # `super::` climbing out of the top-level module lands at the crate root.
            if m.group(1).count("super::") >= len(module):
                heads = group_heads(code, m.start(2)) if m.group(2) == "{" else [m.group(2)]
                used += [(h, m.start()) for h in heads]
        for name, at in used:
            if name in ("self", "super", "crate") or name == top:
                continue
            checked += 1
            line = code.count("\n", 0, at) + 1
            if name not in rank:
                continue  # a macro or item defined in lib.rs itself
            if rank[name] > rank[top]:
                problems.append(
                    f"{rel}:{line}: `{top}` imports `{name}`, which src/lib.rs declares "
                    f"after it (a lower layer may not use a higher one)"
                )
    check_commands(problems)
    for p in problems:
        print(p)
    if problems:
        print(f"layers: {len(problems)} import(s) point the wrong way", file=sys.stderr)
        return 1
    print(
        f"layers ok: {len(order)} modules in the order of src/lib.rs, {checked} imports "
        f"checked; no command imports another"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
