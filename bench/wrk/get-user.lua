package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
local ids
function setup(thread) thread:set("seed", common.seed()) end
function init() math.randomseed(seed); ids = common.load("user-ids.txt") end
request = function()
  return wrk.format("GET", "/scim/v2/Users/" .. common.pick(ids), common.headers)
end
