-- wrk script for bench/pages.sh: each request is a random line of a file of paths, sent with a bearer token (or none).
-- Usage: wrk ... -s bench/pages.lua http://127.0.0.1:PORT -- PATHS_FILE [TOKEN]
-- Prints one line at the end: RESULT requests/s p50_ms p99_ms requests errors (errors: socket errors and non-2xx).
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  if args[2] ~= nil and args[2] ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. args[2]
  end
  wrk.headers["Accept"] = "application/json"
  math.randomseed(os.time() * 1000 + math.floor(os.clock() * 1e6) + #tostring({}))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    e.connect + e.read + e.write + e.timeout + e.status))
end
