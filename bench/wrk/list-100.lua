package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
local users = tonumber(os.getenv("BENCH_USERS"))
function setup(thread) thread:set("seed", common.seed()) end
function init() math.randomseed(seed) end
request = function()
  local start = math.random(1, math.max(1, users - 100))
  return wrk.format("GET", "/scim/v2/Users?startIndex=" .. start .. "&count=100", common.headers)
end
