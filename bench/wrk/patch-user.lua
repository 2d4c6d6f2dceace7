package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
local ids
function setup(thread) thread:set("seed", common.seed()) end
function init() math.randomseed(seed); ids = common.load("user-ids.txt") end
request = function()
  local n = math.random(1, 1e6)
  local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[' ..
    '{"op":"replace","path":"title","value":"Title ' .. n .. '"},' ..
    '{"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Dept ' .. n .. '"}]}'
  return wrk.format("PATCH", "/scim/v2/Users/" .. common.pick(ids), common.headers, body)
end
