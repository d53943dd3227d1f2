-- wrk script for WritePathBenchmark: one payment per request, each with a voucher of its own, spread over the
-- unit-years, as the accountant over HTTP Basic. Arguments: voucher prefix, first unit, unit count, extra header
-- ("-" for none, else "Name: value").
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  prefix, first, units, n = args[1], tonumber(args[2]), tonumber(args[3]), 0
  headers = {["Authorization"] = "Basic YWNjb3VudGFudDphY2NvdW50YW50", ["Content-Type"] = "application/json"}
  if args[4] ~= "-" then
    local name, value = args[4]:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  lines = {{"2080150", "30201", "P-OFFICE"}, {"2080199", "30213", "P-SYSTEMS"}}
end

function request()
  n = n + 1
  local unit = first + (tid * 37 + n) % units
  local line = lines[n % 2 + 1]
  local body = string.format('{"voucher":"%s-%d-%d","date":"2025-%02d-%02d","functionalCode":"%s","economicCode":"%s",'
      .. '"projectCode":"%s","fundSource":"一般公共预算拨款","amount":"1.00","payee":"某公司","summary":"基准测试"}',
      prefix, tid, n, n % 12 + 1, n % 28 + 1, line[1], line[2], line[3])
  return wrk.format("POST", "/api/units/" .. unit .. "/years/2025/payments", headers, body)
end
