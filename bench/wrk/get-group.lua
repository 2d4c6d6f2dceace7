package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
local groups
function setup(thread) thread:set("seed", common.seed()) end
function init() math.randomseed(seed); groups = common.load("group-ids.txt") end
request = function()
  return wrk.format("GET", "/scim/v2/Groups/" .. common.pick(groups), common.headers)
end
