-- Shared by the workload scripts: bearer token, ids written by the seeder, a per-thread random.
local common = {}

function common.load(file)
  local ids = {}
  for line in io.lines(os.getenv("BENCH_DIR") .. "/" .. file) do
    ids[#ids + 1] = line
  end
  return ids
end

common.headers = {
  ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"),
  ["Content-Type"] = "application/scim+json",
}

-- A seed from /dev/urandom: wrk never seeds the Lua state that runs setup(), so math.random
-- there gave every run (warm-up and measured alike) the same ids in the same order.
function common.seed()
  local f = assert(io.open("/dev/urandom", "rb"))
  local b = f:read(4)
  f:close()
  return ((b:byte(1) * 256 + b:byte(2)) * 256 + b:byte(3)) * 128 + b:byte(4) % 128
end

function common.pick(list)
  return list[math.random(#list)]
end

return common
