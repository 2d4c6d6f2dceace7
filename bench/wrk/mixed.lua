-- Entra-like traffic, reads:writes 4:1: userName lookups, GET user, group lookups without
-- members; PATCH user (two attributes) and member adds.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
local usersN = tonumber(os.getenv("BENCH_USERS"))
local users, groups
local n = 0
function setup(thread) thread:set("seed", common.seed()) end
function init() math.randomseed(seed); users = common.load("user-ids.txt"); groups = common.load("group-ids.txt") end
request = function()
  n = n + 1
  local slot = n % 10
  if slot < 4 then
    return wrk.format("GET", "/scim/v2/Users?filter=userName%20eq%20%22bench-user-" .. math.random(0, usersN - 1) .. "%40example.com%22", common.headers)
  elseif slot < 6 then
    return wrk.format("GET", "/scim/v2/Users/" .. common.pick(users), common.headers)
  elseif slot < 8 then
    return wrk.format("GET", "/scim/v2/Groups/" .. common.pick(groups) .. "?excludedAttributes=members", common.headers)
  elseif slot == 8 then
    local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[' ..
      '{"op":"Replace","path":"title","value":"Title ' .. math.random(1, 1e6) .. '"},' ..
      '{"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Dept ' .. math.random(1, 50) .. '"}]}'
    return wrk.format("PATCH", "/scim/v2/Users/" .. common.pick(users), common.headers, body)
  else
    local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[' ..
      '{"op":"Add","path":"members","value":[{"value":"' .. common.pick(users) .. '"}]}]}'
    return wrk.format("PATCH", "/scim/v2/Groups/" .. common.pick(groups) .. "?excludedAttributes=members", common.headers, body)
  end
end
