"""The same analyze() on one process and on a two-worker dask.distributed cluster.

Writes the AllSides corpus as Parquet files into a scratch folder, reads it back
with ``dd.read_parquet`` (so the workers read the data, not the client), runs
``framing.analyze`` on a ``LocalCluster`` and checks the rows equal the pandas
path's. Needs the development corpora (``FRAMING_DATA``) and ``newsframing[dask]``.

    python scripts/cluster_demo.py [--workers 2] [--files 8] [--articles N]
"""

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

import framing


def main() -> None:
    """Time both paths and check they give the same rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--files", type=int, default=8, help="Parquet files to write")
    parser.add_argument("--articles", type=int, default=None, help="first N only")
    args = parser.parse_args()

    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    corpus = framing.datasets.load_allsides()[["id", "outlet", "bias", "text"]]
    if args.articles:
        corpus = corpus.head(args.articles)
    corpus = corpus.rename_axis("row").reset_index()
    folder = Path(tempfile.mkdtemp(prefix="framing-cluster-"))
    for i, part in enumerate(np.array_split(np.arange(len(corpus)), args.files)):
        corpus.iloc[part].to_parquet(folder / f"part-{i:03d}.parquet", index=False)
    print(f"{len(corpus)} articles in {args.files} Parquet files under {folder}")

    start = time.perf_counter()
    local = framing.analyze(pd.read_parquet(folder).set_index("row"))
    one = time.perf_counter() - start
    print(f"pandas, one process: {one:.1f} s ({len(local) / one:.0f} articles/s)")

    with (
        LocalCluster(n_workers=args.workers, threads_per_worker=1) as cluster,
        Client(cluster) as client,
    ):
        # warm-up: import framing and load its tables on every worker, as a
        # long-lived cluster would have done already
        client.run(lambda: framing.analyze(pd.DataFrame({"text": ["Warm up."]})))
        start = time.perf_counter()
        articles = dd.read_parquet(folder, index="row")
        result = framing.analyze(articles, text="text").compute()
        many = time.perf_counter() - start
    print(
        f"dask, {args.workers} workers: {many:.1f} s "
        f"({len(result) / many:.0f} articles/s), speed-up {one / many:.2f}x"
    )
    pd.testing.assert_frame_equal(result.sort_index(), local.sort_index())
    print(f"identical: {len(result)} rows x {result.shape[1]} columns")


if __name__ == "__main__":
    main()
