#!/usr/bin/env python3
"""Compares newsgraph's RDF writers with other serializers on the same data.

Usage:
    /work/venv/bin/python Tests/bench/compare.py [--statements N] [--newsgraph BIN] [--rdflib-triples K]

1. Runs `newsgraph bench --format ntriples --out DIR --statements N` (newsgraph's own numbers come
   from `newsgraph bench`; this script only needs the N-Triples file it writes).
2. pyoxigraph: parses the file once, then times serializing the in-memory quads to N-Triples,
   Turtle and JSON-LD (serialization only).
3. rdflib: parses the first K triples (default 300,000) and times serializing them to Turtle,
   N-Triples and JSON-LD; the rate is measured on that slice and the time for the whole file is
   extrapolated linearly (rdflib's Turtle serializer sorts subjects, so this is optimistic).
4. serdi (apt package serdi): N-Triples -> Turtle and Turtle -> Turtle, parse + write, streaming.
5. networkx and igraph: GraphML writing of an equivalent property graph (one node per distinct
   subject/object, one edge per triple with the predicate as attribute) built from the first
   --graph-triples triples, writing only; the rate is in elements (nodes + edges) per second and
   the time for the whole file is extrapolated from it.

Each measurement runs in its own process so its peak RSS (ru_maxrss) is its own.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def measure(kind, nt, out, limit, graph_limit):
    """Runs in a child process; prints one JSON line per measured writer."""
    results = []
    if kind == "pyoxigraph":
        import pyoxigraph as ox
        quads = list(ox.parse(path=nt, format=ox.RdfFormat.N_TRIPLES))
        for name, fmt, ext in [("N-Triples", ox.RdfFormat.N_TRIPLES, "nt"), ("Turtle", ox.RdfFormat.TURTLE, "ttl"),
                               ("JSON-LD", ox.RdfFormat.JSON_LD, "jsonld")]:
            start = time.perf_counter()
            ox.serialize(quads, output=os.path.join(out, f"ox.{ext}"), format=fmt,
                         prefixes={"ng": "https://newsgraph.example/ns#"} if ext == "ttl" else None)
            results.append(dict(tool="pyoxigraph 0.5.13", task=f"serialize {name}", triples=len(quads),
                                seconds=time.perf_counter() - start))
    elif kind == "rdflib":
        import rdflib
        g = rdflib.Graph()
        with open(nt, encoding="utf-8") as f:
            data = "".join(line for _, line in zip(range(limit), f))
        g.parse(data=data, format="nt")
        for name, fmt, ext in [("Turtle", "turtle", "ttl"), ("N-Triples", "nt", "nt"), ("JSON-LD", "json-ld", "jsonld")]:
            start = time.perf_counter()
            g.serialize(destination=os.path.join(out, f"rdflib.{ext}"), format=fmt)
            results.append(dict(tool="rdflib 7.6.0", task=f"serialize {name} (slice, extrapolated)", triples=len(g),
                                source_triples=len(g),
                                seconds=time.perf_counter() - start))
    elif kind in ("networkx", "igraph"):
        nodes, edges, lines = {}, [], 0
        with open(nt, encoding="utf-8") as f:
            for _, line in zip(range(graph_limit), f):
                # Terms are separated by single spaces; literals may contain spaces, so split off
                # the subject and predicate and treat the rest (minus " .") as the object.
                lines += 1
                s, p, rest = line.rstrip("\n").split(" ", 2)
                o = rest[:-2]
                for t in (s, o):
                    if t not in nodes:
                        nodes[t] = len(nodes)
                edges.append((nodes[s], nodes[o], p))
        elements = len(nodes) + len(edges)
        if kind == "networkx":
            import networkx as nx
            g = nx.MultiDiGraph()
            g.add_nodes_from((i, {"label": t[:200]}) for t, i in nodes.items())
            g.add_edges_from((s, o, {"predicate": p}) for s, o, p in edges)
            start = time.perf_counter()
            nx.write_graphml(g, os.path.join(out, "nx.graphml"))
            results.append(dict(tool="networkx 3.6.1", task="write GraphML (slice, extrapolated)", triples=elements, source_triples=lines,
                                seconds=time.perf_counter() - start))
        else:
            import igraph as ig
            g = ig.Graph(n=len(nodes), edges=[(s, o) for s, o, _ in edges], directed=True)
            g.vs["label"] = [t[:200] for t in nodes]
            g.es["predicate"] = [p for _, _, p in edges]
            start = time.perf_counter()
            g.write_graphml(os.path.join(out, "ig.graphml"))
            results.append(dict(tool="igraph 1.0.0", task="write GraphML (slice, extrapolated)", triples=elements, source_triples=lines,
                                seconds=time.perf_counter() - start))
    for r in results:
        r["peak_rss_mib"] = peak_rss_mib()
        print(json.dumps(r), flush=True)


def run_serdi(nt, out, triples):
    rows = []
    for task, args, source in [("N-Triples -> Turtle", ["-i", "ntriples", "-o", "turtle"], nt),
                               ("Turtle -> Turtle", ["-i", "turtle", "-o", "turtle"], os.path.join(out, "serdi.ttl"))]:
        target = os.path.join(out, "serdi.ttl" if task.startswith("N-") else "serdi2.ttl")
        start = time.perf_counter()
        with open(target, "wb") as f:
            proc = subprocess.run(["/usr/bin/time", "-f", "%M", "serdi", *args, source], stdout=f, stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            rows.append(dict(tool="serdi", task=task, error=proc.stderr[-300:]))
            continue
        rss = int(proc.stderr.strip().splitlines()[-1]) // 1024
        rows.append(dict(tool="serdi", task=task + " (parse+write)", triples=triples, seconds=seconds, peak_rss_mib=rss))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--newsgraph", default=os.environ.get("NEWSGRAPH_BIN", str(REPO / ".build/release/newsgraph")))
    ap.add_argument("--rdflib-triples", type=int, default=300_000)
    ap.add_argument("--graph-triples", type=int, default=1_000_000,
                    help="triples turned into the networkx/igraph property graph (slice, extrapolated)")
    ap.add_argument("--skip", default="", help="comma-separated tools to skip (pyoxigraph,rdflib,serdi,networkx,igraph)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--nt", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        measure(args.child, args.nt, args.out, args.rdflib_triples, args.graph_triples)
        return

    skip = set(filter(None, args.skip.split(",")))
    with tempfile.TemporaryDirectory(prefix="newsgraph-compare-") as out:
        bench = subprocess.run([args.newsgraph, "bench", "--statements", str(args.statements), "--format", "ntriples",
                                "--out", out], capture_output=True, text=True, check=True)
        print(bench.stdout)
        nt = os.path.join(out, "graph.nt")
        with open(nt, "rb") as f:
            total = sum(1 for _ in f)
        print(f"N-Triples file: {total} triples, {os.path.getsize(nt)} bytes\n")
        rows = []
        for kind in ["pyoxigraph", "rdflib", "networkx", "igraph"]:
            if kind in skip:
                continue
            proc = subprocess.run([sys.executable, __file__, "--child", kind, "--nt", nt, "--out", out,
                                   "--rdflib-triples", str(args.rdflib_triples), "--graph-triples", str(args.graph_triples)],
                                  capture_output=True, text=True)
            if proc.returncode != 0:
                rows.append(dict(tool=kind, task="(failed)", error=proc.stderr[-300:]))
                continue
            rows += [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
        if "serdi" not in skip:
            rows += run_serdi(nt, out, total)

        print(f"| tool | task | triples/elements | seconds | triples/s | extrapolated to {total} triples (s) | peak RSS MiB |")
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
        for r in rows:
            if "error" in r:
                print(f"| {r['tool']} | {r['task']} | error: {r['error'].strip().splitlines()[-1] if r['error'].strip() else '?'} | | | | |")
                continue
            rate = r["triples"] / max(r["seconds"], 1e-9)
            extrapolated = f"{r['seconds'] * total / r['source_triples']:.1f}" if "source_triples" in r else ""
            print(f"| {r['tool']} | {r['task']} | {r['triples']} | {r['seconds']:.2f} | {rate:,.0f} | {extrapolated} | {r['peak_rss_mib']} |")


if __name__ == "__main__":
    main()
