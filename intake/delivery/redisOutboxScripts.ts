/**
 * Lua scripts of the Redis stream outbox. Each runs atomically, so a crash can never leave
 * a job half moved (acked but not rescheduled, removed from the retry set but not re-added).
 * Jobs travel as one JSON field `job`: {dossierId, teamId, attempts}.
 */

/** KEYS: known marker, stream. ARGV: job, marker ttl (ms). Adds the job once per dossier. */
export const ENQUEUE_ONCE = `
if redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[2]) then
  redis.call('XADD', KEYS[2], '*', 'job', ARGV[1])
  return 1
end
return 0`;

/** KEYS: retry set, stream. ARGV: now (ms), max. Moves due retries back into the stream. */
export const PROMOTE_DUE = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, job in ipairs(due) do
  redis.call('ZREM', KEYS[1], job)
  redis.call('XADD', KEYS[2], '*', 'job', job)
end
return #due`;

/** KEYS: stream, delivered marker. ARGV: group, entry id, marker ttl (ms). Records delivery, then acks. */
export const ACK_DELIVERED = `
redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[3])
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
return 1`;

/** KEYS: stream. ARGV: group, entry id. Drops an entry without delivering it. */
export const ACK_SKIPPED = `
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
return 1`;

/**
 * KEYS: stream, retry set. ARGV: group, entry id, not-before (ms), next job.
 * Only the consumer that still holds the entry may reschedule it.
 */
export const RESCHEDULE = `
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('XDEL', KEYS[1], ARGV[2])
  redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
  return 1
end
return 0`;

/** KEYS: stream, dead hash. ARGV: group, entry id, dossier id, dead letter. */
export const BURY = `
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('XDEL', KEYS[1], ARGV[2])
  redis.call('HSET', KEYS[2], ARGV[3], ARGV[4])
  return 1
end
return 0`;

/** KEYS: dead hash, stream. ARGV: dossier id. Revives a dead letter with fresh attempts. */
export const REVIVE = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local dead = cjson.decode(raw)
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('XADD', KEYS[2], '*', 'job', cjson.encode({dossierId = dead.dossierId, teamId = dead.teamId, attempts = 0}))
return 1`;

/**
 * KEYS: dead hash. ARGV: cutoff (ISO 8601, as the dead letters' `at`). Retention: drops dead
 * letters buried before the cutoff (ISO strings of one format compare like their times).
 */
export const PURGE_DEAD = `
local purged = 0
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local ok, dead = pcall(cjson.decode, all[i + 1])
  local at = ok and type(dead) == 'table' and dead.at or ''
  if type(at) ~= 'string' or at < ARGV[1] then
    redis.call('HDEL', KEYS[1], all[i])
    purged = purged + 1
  end
end
return purged`;

/**
 * KEYS: retry set, stream. ARGV: team id. Moves the team's scheduled jobs into the stream now
 * (its channel was just linked); one script, so no job is moved twice or lost in between.
 */
export const WAKE_TEAM = `
local woken = 0
for _, job in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local ok, decoded = pcall(cjson.decode, job)
  if ok and type(decoded) == 'table' and decoded.teamId == ARGV[1] then
    redis.call('ZREM', KEYS[1], job)
    redis.call('XADD', KEYS[2], '*', 'job', job)
    woken = woken + 1
  end
end
return woken`;

/**
 * KEYS: lease, delivered marker, stream. ARGV: token, lease ms, group, entry id, consumer.
 * Right before a send: a delivered dossier is settled and skipped; an entry no longer pending
 * (settled by another instance) is skipped; else the lease is taken (SET NX PX) and the entry
 * claimed afresh, so its idle time restarts and no other instance reclaims it meanwhile.
 */
export const LEASE = `
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('XACK', KEYS[3], ARGV[3], ARGV[4])
  redis.call('XDEL', KEYS[3], ARGV[4])
  return 'delivered'
end
if #redis.call('XPENDING', KEYS[3], ARGV[3], ARGV[4], ARGV[4], 1) == 0 then return 'settled' end
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'taken' end
redis.call('XCLAIM', KEYS[3], ARGV[3], ARGV[5], 0, ARGV[4], 'JUSTID')
return 'ok'`;

/** KEYS: lease, stream. ARGV: token, lease ms, group, entry id, consumer. Extends a lease still ours. */
export const RENEW_LEASE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('XCLAIM', KEYS[2], ARGV[3], ARGV[5], 0, ARGV[4], 'JUSTID')
return 1`;

/** KEYS: lease. ARGV: token. Deletes the lease only if it is still ours. */
export const RELEASE_LEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
