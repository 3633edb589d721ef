import type { Bilingual } from '../bilingual.ts';

/** The worker as a service: the configuration file, queue mode, mail delivery and the HTTP API. */
export const SERVICE_MESSAGES = {
  'channel.unknown_robot': {
    zh: '渠道“{value}”在配置文件的 channels 中没有同名机器人（已配置：{knownZh}）',
    en: 'channel "{value}" names no robot in the config file\'s channels (configured: {knownEn})',
  },
  'channel.none_configured': { zh: '无', en: 'none' },
  // ── config.* : the configuration file (docs/architecture.md §9) ─────────────────────────────
  'config.issue': {
    zh: '配置文件 {file}：{key} {reasonZh}',
    en: 'config file {file}: {key} {reasonEn}',
  },
  'config.type.string': { zh: '文本', en: 'text' },
  'config.type.number': { zh: '数字', en: 'a number' },
  'config.type.int': { zh: '整数', en: 'a whole number' },
  'config.type.boolean': { zh: 'true 或 false', en: 'true or false' },
  'config.type.array': { zh: '列表', en: 'a list' },
  'config.type.object': { zh: '对象（键值表）', en: 'an object (key: value)' },
  'config.reason.type': { zh: '应为{expectedZh}', en: 'should be {expectedEn}' },
  'config.reason.too_short': {
    zh: '至少需要 {minimum} 项',
    en: 'needs at least {minimum} entries',
  },
  'config.reason.empty': { zh: '不能为空', en: 'must not be empty' },
  'config.reason.too_small': { zh: '不能小于 {minimum}', en: 'must be at least {minimum}' },
  'config.reason.too_big': { zh: '不能大于 {maximum}', en: 'must be at most {maximum}' },
  'config.reason.one_of': { zh: '应为以下之一：{values}', en: 'should be one of: {values}' },
  'config.reason.format': { zh: '格式无效（应为 {format}）', en: 'is not a valid {format}' },
  'config.reason.unknown_key': {
    zh: '不是已知的配置项（拼写错误？见 README 的配置说明）',
    en: 'is not a known setting (a typo? see the configuration section of the README)',
  },
  'config.reason.cron': {
    zh: '“{value}”不是有效的 cron 表达式（如 0 2 * * * 表示每天 2:00）',
    en: '"{value}" is not a valid cron pattern (e.g. 0 2 * * * for 02:00 every day)',
  },
  'config.reason.timezone': {
    zh: '“{value}”不是已知的 IANA 时区（如 Asia/Shanghai）',
    en: '"{value}" is not a known IANA time zone (e.g. Asia/Shanghai)',
  },
  'config.reason.smtp_url': {
    zh: '“{value}”不是 SMTP 地址（应以 smtp:// 或 smtps:// 开头，如 smtp://mail.example.gov.cn:25）',
    en: '"{value}" is not an SMTP address (start with smtp:// or smtps://, e.g. smtp://mail.example.gov.cn:25)',
  },
  'config.reason.glob_from_root': {
    zh: '“{value}”会从根目录 / 起遍历整个文件系统；请写出工作簿所在的文件夹（如 /srv/plans/**/*.xlsx）',
    en: '"{value}" would walk the whole file system from /; name the folder the workbooks are in (e.g. /srv/plans/**/*.xlsx)',
  },
  'config.reason.redis_url': {
    zh: '“{value}”不是 Redis 地址（应以 redis:// 或 rediss:// 开头，如 redis://127.0.0.1:6379）',
    en: '"{value}" is not a Redis address (start with redis:// or rediss://, e.g. redis://127.0.0.1:6379)',
  },
  'config.reason.public_url': {
    zh: '“{value}”不是网址（应以 https:// 开头，如 https://kpi.example.gov.cn/）',
    en: '"{value}" is not a web address (start with https://, e.g. https://kpi.example.gov.cn/)',
  },
  'config.reason.mail_from': {
    zh: '“{value}”不是发件地址（如 kpi@example.gov.cn 或 督查室 <kpi@example.gov.cn>）',
    en: '"{value}" is not a sender address (e.g. kpi@example.gov.cn or 督查室 <kpi@example.gov.cn>)',
  },
  'config.reason.webhook_url': {
    zh: '不是 http:// 或 https:// 网址（其内容可能含令牌，故不在此显示）',
    en: 'is not an http:// or https:// address (not shown here: it may hold a token)',
  },
  'config.reason.dingtalk_target': {
    zh: '钉钉机器人需填写 webhook，或 accessToken（私有部署另填 baseUrl）',
    en: 'a DingTalk robot needs webhook, or accessToken (and baseUrl for a private deployment)',
  },
  'config.reason.wecom_target': {
    zh: '企业微信机器人需填写 webhook，或 key（私有部署另填 baseUrl）',
    en: 'a WeCom robot needs webhook, or key (and baseUrl for a private deployment)',
  },
  'config.not_found': { zh: '找不到配置文件 {file}', en: 'Config file not found: {file}' },
  'config.unreadable': {
    zh: '无法读取配置文件 {file}：{reason}',
    en: 'Cannot read config file {file}: {reason}',
  },
  'config.syntax': {
    zh: '配置文件 {file} 第 {line} 行附近格式有误：{reason}',
    en: 'Config file {file} has a syntax error near line {line}: {reason}',
  },
  'config.not_object': {
    zh: '配置文件 {file} 的顶层应为键值表（如 {"workbooks": […]}）',
    en: 'Config file {file} should hold an object at the top (e.g. {"workbooks": […]})',
  },
  'config.redis_required': {
    zh: '队列模式需要 Redis：请在配置文件中设置 redisUrl，或设置环境变量 REDIS_URL',
    en: 'Queue mode needs Redis: set redisUrl in the config file or the REDIS_URL environment variable',
  },
  'config.no_workbooks': {
    zh: '配置文件 {file} 的 workbooks 中没有工作簿（应列出路径或通配符，如 plans/*.xlsx）',
    en: 'Config file {file} lists no workbooks (give paths or globs under "workbooks", e.g. plans/*.xlsx)',
  },

  // ── queue.* / mail.* / http.* : queue mode, email delivery, the worker's HTTP API ──
  'queue.redis_eviction': {
    zh: '警告：Redis 的 maxmemory-policy 为 {policy}，内存不足时会删除队列数据（丢失或重复的检查与邮件）。请设置为 noeviction',
    en: 'WARNING: Redis maxmemory-policy is {policy}; under memory pressure Redis deletes queue data (lost or repeated checks and emails). Set it to noeviction',
  },
  'queue.redis_policy_unknown': {
    zh: '无法读取 Redis 的 maxmemory-policy（{reason}）；请确认其为 noeviction',
    en: 'Could not read Redis maxmemory-policy ({reason}); make sure it is noeviction',
  },
  'queue.scheduler': {
    zh: '定时检查：cron {cron}，时区 {timezone}',
    en: 'scheduled check: cron {cron}, time zone {timezone}',
  },
  'queue.worker_started': {
    zh: '队列工作进程 {name} 已启动（定时 {cron}，{timezone}）',
    en: 'queue worker {name} started (schedule {cron}, {timezone})',
  },
  'queue.run_started': {
    zh: '检查批次 {runId} 已开始：{workbooks} 个工作簿',
    en: 'run {runId} started: {workbooks} workbooks',
  },
  'queue.run_exists': {
    zh: '检查批次 {runId} 已存在，未重复添加',
    en: 'run {runId} already exists; not added again',
  },
  'queue.run_completed': {
    zh: '检查批次 {runId} 完成：检查 {checked} 个工作簿，{failed} 个无法检查，发送 {sent} 封摘要',
    en: 'run {runId} finished: {checked} workbooks checked, {failed} could not be checked, {sent} digests sent',
  },
  'queue.check_completed': {
    zh: '{workbook} 检查完成（批次 {runId}，{alerts} 条预警）',
    en: '{workbook} checked (run {runId}, {alerts} alerts)',
  },
  'queue.check_failed_log': {
    zh: '{workbook} 检查失败（批次 {runId}）：{reason}',
    en: '{workbook} could not be checked (run {runId}): {reason}',
  },
  'queue.check_failed': {
    zh: '工作簿 {workbook} 多次尝试后仍无法检查：{reason}',
    en: 'Workbook {workbook} could not be checked after every retry: {reason}',
  },
  'queue.check_timeout': {
    zh: '{workbook} 的检查超过 {seconds} 秒仍未结束，已放弃（不会写入）；稍后重试',
    en: 'The check of {workbook} did not finish within {seconds} s and was given up (nothing will be written); will retry',
  },
  'queue.check_missing': {
    zh: '该工作簿的检查任务已不存在（可能被手动删除）',
    en: "the workbook's check job no longer exists (removed by hand?)",
  },
  'queue.digest_retry': {
    zh: '检查批次 {runId} 有 {count} 封摘要暂未送达（{to}），稍后重试；已送达的不会重发',
    en: 'run {runId}: {count} digests not delivered yet ({to}); retrying later, those already delivered are not sent again',
  },
  'queue.error': { zh: '队列 {what} 出错：{reason}', en: 'queue {what} error: {reason}' },
  'queue.shutdown_started': {
    zh: '收到 {signal}：不再接收新任务，等待进行中的 {running} 个任务完成（最多 {seconds} 秒）',
    en: 'got {signal}: taking no new jobs, waiting up to {seconds} s for {running} running jobs',
  },
  'queue.shutdown_handed_back': {
    zh: '已将 {count} 个未完成任务交还队列，由其他工作进程重新执行：{ids}',
    en: 'handed {count} unfinished jobs back to the queue for another worker: {ids}',
  },
  'queue.shutdown_forced': {
    zh: '再次收到 {signal}：立即退出',
    en: 'got {signal} again: exiting now',
  },
  'queue.shutdown_done': { zh: '工作进程已停止', en: 'worker stopped' },
  'queue.redis_retry': {
    zh: '无法连接 Redis（{host}：{reason}），将于 {at} 重试',
    en: 'cannot reach Redis at {host} ({reason}); next attempt at {at}',
  },
  'queue.redis_unreachable': {
    zh: '{seconds} 秒内无法连接 Redis（{url}），未请求检查；请确认 Redis 已启动、REDIS_URL 正确',
    en: 'could not reach Redis at {url} within {seconds} s, so no run was requested; check that Redis is up and REDIS_URL is right',
  },
  'queue.enqueued': { zh: '已请求检查批次 {runId}', en: 'run {runId} requested' },
  'watch.started': {
    zh: '定时检查已启动（本进程，cron {cron}，时区 {timezone}）',
    en: 'embedded schedule started (this process, cron {cron}, time zone {timezone})',
  },
  'watch.catch_up': {
    zh: '补跑停机期间错过的定时检查：{slot}',
    en: 'running the slot missed while down: {slot}',
  },
  'watch.run_failed': {
    zh: '定时检查 {slot} 未完成（{reason}），下次启动时重跑',
    en: 'the slot {slot} did not finish ({reason}); it runs again at the next start',
  },
  'watch.cron_message': { zh: '定时器：{message}', en: 'scheduler: {message}' },
  'watch.stopping': {
    zh: '收到 {signal}：停止定时，等待进行中的检查完成',
    en: 'got {signal}: stopping the schedule, waiting for a running check to finish',
  },
  'mail.sent': { zh: '摘要已发送至 {to}（批次 {runId}）', en: 'digest sent to {to} (run {runId})' },
  'mail.already_sent': {
    zh: '批次 {runId} 的摘要此前已发送至 {to}，不再重发',
    en: 'the digest of run {runId} already went to {to}; not sent again',
  },
  'mail.rejected': {
    zh: '邮件服务器拒收 {to}（{reason}），不再重试；其他收件人不受影响',
    en: 'the mail server refused {to} ({reason}); not retried, other recipients are not affected',
  },
  'mail.failed': {
    zh: '发送至 {to} 的摘要尝试 {attempts} 次仍失败：{reason}',
    en: 'the digest to {to} failed after {attempts} tries: {reason}',
  },
  'mail.retry': {
    zh: '发送至 {to} 失败（第 {attempt} 次：{reason}），{seconds} 秒后重试',
    en: 'sending to {to} failed (try {attempt}: {reason}); retrying in {seconds} s',
  },
  'mail.send_busy': {
    zh: '另一个进程正在发送给 {to} 的同一封摘要',
    en: 'another process is sending the same digest to {to}',
  },
  'mail.send_in_doubt': {
    zh: '给 {to} 的摘要（批次 {runId}）在发送途中中断，可能已送达；为免重复未再发送，请人工确认是否补发',
    en: 'the digest to {to} (run {runId}) was interrupted mid-send and may have arrived; it was not sent again to avoid a duplicate — a person should decide whether to resend',
  },
  'mail.record_failed': {
    zh: '摘要已发送至 {to}，但发送记录写入失败（第 {attempt} 次：{reason}）',
    en: 'the digest to {to} was sent but recording it failed (try {attempt}: {reason})',
  },
  'mail.send_log_unavailable': {
    zh: '发送记录不可用（{reason}），为避免重复发送，稍后重试',
    en: 'the send log is unavailable ({reason}); retrying later rather than risk a second email',
  },
  'robot.sent': {
    zh: '消息已发送至机器人 {to}（批次 {runId}，{parts} 条）',
    en: 'message sent to robot {to} (run {runId}, {parts} part(s))',
  },
  'robot.rejected': {
    zh: '机器人 {to} 拒收消息（{reason}），不再重试；其他消息不受影响',
    en: 'robot {to} refused the message ({reason}); not retried, other messages are not affected',
  },
  'robot.failed': {
    zh: '发送至机器人 {to} 的消息尝试 {attempts} 次仍失败：{reason}',
    en: 'the message to robot {to} failed after {attempts} tries: {reason}',
  },
  'robot.retry': {
    zh: '发送至机器人 {to} 失败（第 {attempt} 次：{reason}），{seconds} 秒后重试',
    en: 'sending to robot {to} failed (try {attempt}: {reason}); retrying in {seconds} s',
  },
  'http.listening': {
    zh: 'HTTP 服务监听 {host}:{port}',
    en: 'HTTP server listening on {host}:{port}',
  },
  'http.token_not_configured': {
    zh: '未配置 http.token：POST /runs 与 /queues 已关闭',
    en: 'no http.token configured: POST /runs and /queues are off',
  },
  'http.token_missing': {
    zh: '需要令牌：请在 Authorization 头中提供 Bearer 令牌',
    en: 'a token is required: send Authorization: Bearer <token>',
  },
  'http.token_wrong': { zh: '令牌不正确', en: 'the token is wrong' },
  'http.token_weak': {
    zh: 'http.token 只有 {length} 个字符，容易被猜中；请使用至少 16 个字符的随机字符串',
    en: 'http.token has only {length} characters and is easy to guess; use a random string of 16 or more',
  },
  'queue.digest_failed': {
    zh: '检查批次 {runId} 的摘要任务失败：{reason}',
    en: 'the digest job of run {runId} failed: {reason}',
  },
  'http.bad_body': {
    zh: '请求体应为 JSON 对象，如 {"asOf": "2025-03-31"}，或为空',
    en: 'the body should be a JSON object such as {"asOf": "2025-03-31"}, or empty',
  },
  'http.pane_not_built': {
    zh: '任务窗格尚未构建（{dir} 中没有 taskpane.html）：请先运行 npm run build:addin',
    en: 'the task pane is not built ({dir} has no taskpane.html): run npm run build:addin first',
  },
  'http.serving_addin': {
    zh: '任务窗格：{pane}；清单：{manifest}（office.js：{source}）',
    en: 'task pane: {pane}; manifest: {manifest} (office.js: {source})',
  },
  'http.tls_unreadable': {
    zh: '无法读取 TLS 证书或私钥 {file}：{reason}',
    en: 'cannot read the TLS certificate or key {file}: {reason}',
  },
  'cli.manifest.written': {
    zh: '已写入 {file}：任务窗格 {pane}，加载项 ID {id}',
    en: 'wrote {file}: task pane {pane}, add-in id {id}',
  },
  'cli.manifest.bad_url': {
    zh: '“{value}”不是有效的地址：请写 https://主机名/ 形式的完整地址',
    en: '"{value}" is not a valid URL: write a full address such as https://host/',
  },
} satisfies Record<string, Bilingual>;
