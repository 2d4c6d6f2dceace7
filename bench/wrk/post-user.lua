package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
local counter = 0
function setup(thread) thread:set("tag", tostring(common.seed())) end
request = function()
  counter = counter + 1
  local name = "load-" .. tag .. "-" .. counter .. "-" .. os.time() .. "@example.com"
  local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. name ..
    '","name":{"givenName":"Load","familyName":"Test"},"emails":[{"value":"' .. name ..
    '","type":"work","primary":true}],"active":true}'
  return wrk.format("POST", "/scim/v2/Users", common.headers, body)
end
