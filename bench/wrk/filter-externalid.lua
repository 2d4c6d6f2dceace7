package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
local users = tonumber(os.getenv("BENCH_USERS"))
function setup(thread) thread:set("seed", common.seed()) end
function init() math.randomseed(seed) end
request = function()
  return wrk.format("GET", "/scim/v2/Users?filter=externalId%20eq%20%22ext-" .. math.random(0, users - 1) .. "%22", common.headers)
end
