package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
local users, groups
function setup(thread) thread:set("seed", common.seed()) end
function init() math.randomseed(seed); users = common.load("user-ids.txt"); groups = common.load("group-ids.txt") end
request = function()
  local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[' ..
    '{"op":"add","path":"members","value":[{"value":"' .. common.pick(users) .. '"}]}]}'
  return wrk.format("PATCH", "/scim/v2/Groups/" .. common.pick(groups) .. "?excludedAttributes=members", common.headers, body)
end
