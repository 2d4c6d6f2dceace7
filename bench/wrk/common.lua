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

function common.pick(list)
  return list[math.random(#list)]
end

return common
