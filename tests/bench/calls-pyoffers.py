# pyoffers as a client of the call benchmark (run by calls.ts): `python3 calls-pyoffers.py '<job JSON>'`
# with pyoffers importable (PYTHONPATH=$PYOFFERS_SRC). `api.offers.find_all(limit=N)` through
# requests, one HasOffersAPI (one requests.Session) per thread, 1 or 8 threads. Prints one JSON line
# like calls-worker.ts: calls/s and CPU ms per call per sample, heap bytes per decoded row
# (tracemalloc, the results of calls for 1,000 rows kept).
import gc, json, statistics, sys, threading, time, tracemalloc

from pyoffers.api import HasOffersAPI

job = json.loads(sys.argv[1])


def client():
    return HasOffersAPI(endpoint=job["endpoint"], network_token="bench-token-0123456789", network_id="bench", retries=3, retry_timeout=0)


def run_for(apis, ms):
    deadline = time.perf_counter() + ms / 1000
    counts = [0] * len(apis)

    def loop(index):
        api = apis[index]
        while time.perf_counter() < deadline:
            api.offers.find_all(limit=job["rows"])
            counts[index] += 1

    started = time.perf_counter()
    cpu = time.process_time()
    threads = [threading.Thread(target=loop, args=(i,)) for i in range(len(apis))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts), (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


apis = [client() for _ in range(job["inFlight"])]
run_for(apis, job["warmupMs"])
samples = []
for _ in range(job["samples"]):
    calls, wall, cpu = run_for(apis, job["sampleMs"])
    samples.append({"callsPerSecond": calls * 1000 / wall, "cpuMsPerCall": cpu / max(1, calls)})

figures = []
for _ in range(3):
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    # Enough calls for 1,000 rows at least, as calls-worker.ts does.
    kept = [apis[0].offers.find_all(limit=job["rows"]) for _ in range(max(1, -(-1000 // job["rows"])))]
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    figures.append((after - before) / max(1, sum(len(result) for result in kept)))
    del kept

print(json.dumps({"samples": samples, "heapBytesPerRow": statistics.median(figures)}))
