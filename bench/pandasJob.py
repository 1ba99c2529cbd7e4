"""The same job in pandas, on the very columns the Node worker generated: aggregate per customer
(one groupby), PERCENTILE.INC cut points, scores, standard segments. Prints every run's time."""
import json, sys, time
import numpy as np
import pandas as pd

dump, runs = sys.argv[1], int(sys.argv[2])
customer = np.fromfile(dump + ".customer", dtype=np.int32)
serial = np.fromfile(dump + ".serial", dtype=np.float64)
amount = np.fromfile(dump + ".amount", dtype=np.float64)
ids = np.char.add("C", np.char.zfill(customer.astype(str), 6)).astype(object)
segments = json.loads(sys.argv[3])
lookup = {int(code): key for key, codes in segments.items() for code in codes}

def score(v, higher):
    cuts = np.percentile(v, [20, 40, 60, 80])  # numpy's default = PERCENTILE.INC
    below = np.searchsorted(cuts, v, side="left")
    return 1 + below if higher else 5 - below

def job():
    df = pd.DataFrame({"customer": ids, "day": np.floor(serial), "amount": amount})
    as_of = df["day"].max() + 1
    buy = df["amount"] >= 0
    df["buy_day"] = df["day"].where(buy)
    df["buy"] = buy
    g = df.groupby("customer", sort=False).agg(last=("buy_day", "max"), frequency=("buy", "sum"), monetary=("amount", "sum"))
    g = g[g["frequency"] > 0]
    r = score((as_of - g["last"]).to_numpy(), False)
    f = score(g["frequency"].to_numpy(), True)
    m = score(g["monetary"].to_numpy(), True)
    g["segment"] = pd.Series(r * 100 + f * 10 + m, index=g.index).map(lookup)
    return len(g)

job()  # warm-up
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    n = job()
    times.append((time.perf_counter() - t0) * 1000)
print(json.dumps({"times": times, "scored": n, "version": pd.__version__}))
