#!/usr/bin/env python3
"""What takes the bytes of the WebAssembly module (`make size`).

Reads the rows of `twiggy top --format csv` of a build that keeps its
function names (scripts/size.sh makes it), and prints the bytes by crate
(the app's own by module), then the largest functions and data segments.
The names section itself, which the shipped module does not carry, is
left out of every figure. Generic code is counted under the crate that
defines it, whatever it was instantiated for: `Vec<Milestone>`'s methods
are `alloc`'s.

    python3 scripts/size.py named.csv [top [dataset-bytes]]
"""

import csv
import re
import sys
from collections import Counter

# The app's crate, counted by its top modules.
APP = "cluster_atlas"
APP_MODULES = 2
# Methods of primitive types (`<u64>::_fmt`) are the standard library's.
PRIMITIVES = {"u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64",
              "i128", "isize", "f32", "f64", "char", "str", "bool"}


def owner(name: str) -> str:
    """The crate (or the app's module) an item of the module belongs to."""
    if name.startswith(("data segment", "data[")):
        return "data (the embedded dataset, text, tables)"
    if name.startswith("intounderlying") or "_intounderlying" in name:
        # Exports wasm-bindgen makes for the stream classes of wasm_streams.
        return "wasm_streams"
    if name.startswith(("import ", "export ")):
        return "imports and exports (their names)"
    if "::" not in name:
        # Compiler builtins (memcmp), wasm-bindgen's own functions,
        # code[123] without a name, tables, globals.
        return "builtins, wasm-bindgen's functions, tables"
    # `<Type as Trait>::f`: the crate of the type, or of the trait when the
    # type is a bare parameter (`<T as core::fmt::Debug>::fmt`).
    # Crates linked from the standard library carry a hash (`core[c593...]`);
    # wasm-opt names the functions it merges `byn$mgfn-shared$<name>`.
    path = re.sub(r"\[[0-9a-f]{16}\]", "", name).removeprefix("byn$mgfn-shared$")
    path = path.lstrip("<&*[(").removeprefix("dyn ").removeprefix("mut ").removeprefix("const ")
    head = path.split("::")[0].split("<")[0].split(">")[0].split("]")[0].split(" ")[0]
    if "::" not in path.split(" as ")[0] and " as " in path:
        head = path.split(" as ")[1].lstrip("<&").split("::")[0]
    if head in PRIMITIVES or re.fullmatch(r"[A-Z]", head):
        # Methods of primitives and of generic slices (`<[T]>::sort`).
        return "core"
    if head == APP:
        return "::".join(path.split("::")[: APP_MODULES]).split("<")[0]
    return head


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    with open(sys.argv[1], newline="") as f:
        rows = [(r["Name"], int(r["ShallowSize"])) for r in csv.DictReader(f)]
    # The names section (its subsections and its header) is not shipped.
    rows = [(n, b) for n, b in rows if " subsection" not in n and "section 'name'" not in n]
    total = sum(b for _, b in rows)
    by_owner = Counter()
    for name, size in rows:
        by_owner[owner(name)] += size
    print(f"{total:,} bytes, without the names section", end="")
    if len(sys.argv) > 3:
        # The dataset is embedded whole (include_str! in core/dataset/bundled.rs).
        print(f"; the embedded dataset is {int(sys.argv[3]):,} of them", end="")
    print("\n")
    print("| crate or module | bytes | share |\n|---|---|---|")
    for who, size in by_owner.most_common():
        if size * 200 < total:
            rest = sum(s for w, s in by_owner.items() if s * 200 < total)
            print(f"| the rest (under 0.5% each) | {rest:,} | {100 * rest / total:.1f}% |")
            break
        print(f"| `{who}` | {size:,} | {100 * size / total:.1f}% |")
    print(f"\n| largest items | bytes |\n|---|---|")
    for name, size in sorted(rows, key=lambda r: -r[1])[:top]:
        short = re.sub(r"::h[0-9a-f]{16}$", "", name)
        print(f"| `{short}` | {size:,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
