### staff.ftl: инструменты модераторов — /admin (разбор матча, сводка, споры, коды доступа, действия с игроками), лента в канале администраторов, сообщения игрокам о действиях администратора и /activate.

## /activate

staff-activated = Доступ активирован кодом { $code }. Дальше: `/{ cmd-setup }`, чтобы зарегистрироваться, затем `/{ cmd-queue }`.

## Личные сообщения игроку о действиях администратора

staff-dm-banned = Администратор заблокировал вам доступ к ладдеру. Причина: { $reason }
    Если вы считаете, что это ошибка, свяжитесь с администратором.
staff-dm-unbanned = Администратор снял блокировку: вы снова можете пользоваться ладдером. Причина: { $reason }
staff-dm-mmr = Администратор изменил ваш MMR за { $race }: { $before } → **{ $after }** ({ $delta }). Причина: { $reason }
staff-dm-removed = Администратор убрал вас из очереди. Причина: { $reason }
    Чтобы снова искать игру, используйте `/{ cmd-queue }`.
staff-dm-cleared = Администратор очистил очередь, поэтому поиск игры остановлен. Причина: { $reason }
    Чтобы снова искать игру, используйте `/{ cmd-queue }`.
staff-dm-aborts = Администратор изменил число ваших отмен на этот месяц: осталось { $left }. Причина: { $reason }
staff-dm-resolved = Администратор вынес решение по матчу #{ $match_id }: { $result }.
staff-dm-corrected = Администратор исправил результат матча #{ $match_id }: { $result } (было: { $previous }).
staff-dm-invalidated = Администратор аннулировал матч #{ $match_id }: его результат не засчитывается.
staff-dm-invalidated-open = Администратор аннулировал матч #{ $match_id }; матч завершён. MMR не изменился.
staff-dm-your-mmr = Ваш MMR за { $race }: { $before } → **{ $after }** ({ $delta }).
staff-dm-rederived =
    { $count ->
        [one] После этого пересчитан { $count } более поздний матч.
        [few] После этого пересчитаны { $count } более поздних матча.
        [many] После этого пересчитаны { $count } более поздних матчей.
       *[other] После этого пересчитаны { $count } более поздних матча.
    }
staff-dm-reason = Причина: { $reason }
staff-dm-knock-on-resolved = Администратор исправил матч #{ $match_id } — более раннюю игру одного из ваших соперников, поэтому ваши последующие результаты пересчитаны.
staff-dm-knock-on-invalidated = Администратор аннулировал матч #{ $match_id } — более раннюю игру одного из ваших соперников, поэтому ваши последующие результаты пересчитаны.
staff-dm-winner = победа { $name }
staff-dm-draw = ничья
staff-dm-no-result = без результата

## Лента модераторов

staff-feed-completed = ✅ Матч #{ $match_id } завершён: { $result } · { $a } { $race_a } { $move_a } · { $b } { $race_b } { $move_b }
staff-feed-move = { $before }→{ $after }
staff-feed-aborted = ↩️ Матч #{ $match_id } отменён, отменил(а): { $blame } · { $a } vs { $b }
staff-feed-abandoned-confirm = ⌛ Матч #{ $match_id } сорван: не подтвердил(а) { $blame } · { $a } vs { $b }
staff-feed-abandoned-report = ⌛ Матч #{ $match_id } сорван: нет результата к сроку отчёта · { $a } vs { $b }
staff-feed-dispute = { $ping }⚠️ Спор по матчу #{ $match_id } · { $a } vs { $b } · см. `/admin match { $match_id }`
staff-feed-resolved = ⚖️ Матч #{ $match_id } решён администратором { $admin }: { $result }. { $rederived }Причина: { $reason }
staff-feed-invalidated = 🚫 Матч #{ $match_id } аннулирован администратором { $admin }. { $rederived }Причина: { $reason }
staff-feed-rederived = Пересчитано более поздних матчей: { $count }.{ " " }
staff-feed-banned = ⛔ { $player } заблокирован(а) администратором { $admin }. Причина: { $reason }
staff-feed-unbanned = ✅ { $player } разблокирован(а) администратором { $admin }. Причина: { $reason }
staff-feed-health-raised = 🚨 Состояние: { $detail }
staff-feed-health-cleared = ✅ Состояние восстановлено ({ $condition }), была проблема: { $detail }
staff-feed-somebody = игрок

## Общее

staff-player = { $name } (`{ $discord_id }`)
staff-winner = победа { $name }
staff-draw = ничья
staff-mmr-line = { $player } { $race }: { $before } → **{ $after }** ({ $delta })
staff-duration-seconds = { $s } с
staff-duration-minutes = { $m } мин
staff-duration-hours = { $h } ч { $mm } мин
staff-duration-days = { $d } д { $h } ч

## Подтверждение

staff-ask = { $description }
    Подтвердить?
staff-done = Готово: { $done }
staff-cancelled = Отменено, ничего не изменилось.
staff-expired = Это действие администратора больше не ожидает подтверждения (возможно, бот перезапускался). Выполните команду ещё раз.
staff-confirm = Подтвердить
staff-cancel = Отмена

## Действия с игроками

staff-ask-mmr = Изменить { $line }. Причина: { $reason }
staff-done-mmr = { $line }.
staff-ask-ban = Заблокировать { $player }: до разблокировки ладдер недоступен, игрок выходит из очереди. Причина: { $reason }
staff-done-ban = { $player } заблокирован(а).
staff-ask-unban = Снять блокировку с { $player }. Причина: { $reason }
staff-done-unban = { $player } больше не заблокирован(а).
staff-ask-aborts = Задать число отмен, оставшихся у { $player } в этом месяце: { $before } → **{ $after }**. Причина: { $reason }
staff-done-aborts = Отмен у { $player } в этом месяце осталось: { $left }.
staff-ask-remove-queue = Убрать { $player } из очереди. Причина: { $reason }
staff-done-remove-queue = { $player } убран(а) из очереди.
staff-ask-unblock = Разблокировать застрявшего игрока { $player }: убрать из очереди и аннулировать открытый матч (если есть). Причина: { $reason }
staff-done-unblock-queue = { $player } убран(а) из очереди.
staff-done-unblock-match = матч #{ $match_id } игрока { $player } аннулирован.
staff-ask-clear-queue = Очистить всю очередь (в очереди: { $count }). Причина: { $reason }
staff-done-clear-queue = очередь пуста (убрано: { $count }).
staff-ask-add-admin = Сделать { $player } администратором.
staff-done-add-admin = { $player } теперь администратор.
staff-ask-remove-admin = Снять права администратора с { $player }. Причина: { $reason }
staff-done-remove-admin = { $player } больше не администратор.
staff-unknown-race = «{ $typed }» — не раса; выберите вариант из подсказок.

## Коды доступа

staff-ask-create-code = Создать код доступа: игроков — { $uses }, срок действия (дней) — { $days }. Для кого: { $note }
staff-done-create-code = код доступа **{ $code }** создан: использований — { $uses }, истекает { $expires }. Передайте его игрокам; они вводят `/{ cmd-activate } { $code }`.
staff-ask-revoke-code = Отозвать код доступа { $code } (использован { $uses }/{ $allowed }). Причина: { $reason }
staff-done-revoke-code = код { $code } отозван (использований: { $uses }; у этих игроков доступ сохраняется).
staff-open-mode = Внимание: этот сезон открытый (EVOLADDER_ACCESS=open), поэтому коды не нужны, пока не установлено значение code.

## Разбор матча (/admin match)

staff-case-title = Матч #{ $match_id } · { $status }
staff-case-description = Карта **{ $map }**, сервер { $server } · создан { $created }
    Подтверждён: { $confirmed } · завершён: { $ended }
    Результат: **{ $result }** ({ $end_reason })
staff-not-yet = ещё нет
staff-no-result = пока нет
staff-side-title = Игрок { $n }
staff-side = { $flag } **{ $name }** · { $race }
staff-side-mmr-moved = MMR { $before } → **{ $after }** ({ $delta })
staff-side-mmr = MMR { $mmr } (до матча)
staff-side-report = Сообщил(а): **{ $report }** { $when }
staff-side-no-report = Нет отчёта
staff-report-win = Я выиграл(а)
staff-report-loss = Я проиграл(а)
staff-report-draw = Ничья
staff-replay-title = Реплей { $n } · отправил(а) { $uploader } { $when }
staff-replay-verified = ✅ Проверен: ни одна проверка не провалена.
staff-replay-not-verified = ❌ Не проверен: провалено проверок — { $failed }.
staff-replay-file = Файл приложен: `{ $filename }`.
staff-replay-missing = Файла нет в хранилище.
staff-replay-too-big = Файл слишком большой, чтобы приложить его здесь ({ $size } МБ).
staff-no-replay = Реплей не загружен.
staff-check = { $icon } { $check }: { $reason }
staff-case-footer = Решите матч кнопками: каждая спросит причину, затем подтверждение. Полная запись приложена в JSON.
staff-winner-button = Победитель: { $name }
staff-draw-button = Ничья
staff-void-button = Аннулировать
staff-reason-title = Причина по матчу #{ $match_id }
staff-reason-label = Причина (её увидят игроки)
staff-ask-resolve = Решить матч #{ $match_id }: { $result }. Причина: { $reason }
staff-ask-correct = Исправить матч #{ $match_id }: { $result } (было: { $previous }). Более поздние игры обоих игроков будут пересчитаны. Причина: { $reason }
staff-ask-invalidate = Аннулировать матч #{ $match_id }. Причина: { $reason }
staff-no-mmr-change = MMR не меняется.
staff-done-resolve = матч #{ $match_id } решён: { $result }.
staff-done-invalidate = матч #{ $match_id } аннулирован.
staff-rederived = Пересчитано более поздних матчей: { $count }.
staff-more-shifts = … и ещё изменений рейтинга: { $count }.
staff-unknown-decision = Неизвестное решение '{ $decision }'.

## /admin snapshot, /admin disputes, /admin codes

staff-snapshot-title = Сводка ладдера · стр. { $page }/{ $pages }
staff-disputes-title = Открытые споры, сначала старые · стр. { $page }/{ $pages }
staff-codes-title = Коды доступа, сначала новые · стр. { $page }/{ $pages }
staff-previous = ◀ Назад
staff-next = Вперёд ▶
staff-queue-header = **Очередь** · { $total } (BW: { $bw } · SC2: { $sc2 } · обе: { $both })
staff-queue-line = { $name } · { $races } · ждёт { $wait }
staff-race-standing = { $race }: { $rank }, MMR { $mmr }
staff-rank = ранг **{ $letter }**
staff-unranked = без ранга
staff-running-header = **Идут** · { $count }
staff-running-line = #{ $match_id } { $a } vs { $b } · { $status } · уже { $age }
staff-disputes-header = **Споры** · { $count }
staff-dispute-line = #{ $match_id } { $a } vs { $b } · ждёт { $age } ({ $reason })
staff-health-line = **Состояние** · база данных: { $database }, очередь отправки: { $backlog } записей (самой старой { $oldest }) · обработчики реплеев: { $alive }/{ $expected } · память: { $rss_mb } МБ
staff-last-error = Последняя ошибка отправки: { $error }
staff-reachable = доступна
staff-unreachable = НЕДОСТУПНА
staff-none = нет
staff-no-disputes = Открытых споров нет.
staff-no-codes = Кодов доступа пока нет: создайте код командой `/admin code_create`.
staff-code-line = `{ $code }` · { $status } · использован { $uses }/{ $allowed } · истекает { $expires } · { $note }
staff-code-users = ↳ использовали: { $users }
staff-code-active = действует
staff-code-expired = истёк
staff-code-used-up = исчерпан
staff-code-withdrawn = отозван

## Команды (названия остаются английскими, переводятся описания)

cmd-activate = активировать
    .description = Открыть себе этот сезон кодом доступа
cmd-activate-code = код
    .description = Код, который вам дал администратор, например ABCD-EFGH
cmd-admin = admin
    .description = Администрирование ладдера
cmd-admin-player = player
    .description = Профиль игрока
cmd-admin-adjust-mmr = adjust_mmr
    .description = Задать, повысить или понизить MMR игрока за одну расу
cmd-admin-how = how
    .description = set: установить значение; add / subtract: прибавить / вычесть
cmd-admin-ban = ban
    .description = Заблокировать игроку доступ к ладдеру
cmd-admin-unban = unban
    .description = Снять блокировку с игрока
cmd-admin-reset-aborts = reset_aborts
    .description = Задать, сколько отмен осталось у игрока в этом месяце
cmd-admin-aborts-left = aborts_left
    .description = Оставшиеся отмены в этом месяце (по умолчанию: полный лимит)
cmd-admin-remove-queue = remove_queue
    .description = Убрать игрока из очереди
cmd-admin-unblock = unblock
    .description = Освободить застрявшего игрока (место в очереди и открытый матч)
cmd-admin-clear-queue = clear_queue
    .description = Очистить всю очередь
cmd-admin-add-admin = add_admin
    .description = Сделать игрока администратором ладдера
cmd-admin-remove-admin = remove_admin
    .description = Снять с игрока права администратора
cmd-admin-match = match
    .description = Полный разбор матча: отчёты, реплеи, запись; решение по нему
cmd-admin-resolve = resolve
    .description = Решить результат матча (a: игрок 1, b: игрок 2)
cmd-admin-invalidate = invalidate
    .description = Аннулировать матч (у завершённого MMR откатывается)
cmd-admin-code-create = code_create
    .description = Создать код доступа для закрытого сезона
cmd-admin-uses = uses
    .description = Сколько игроков могут его использовать (1: одноразовый)
cmd-admin-valid-days = valid_days
    .description = Через сколько дней истекает
cmd-admin-note = note
    .description = Для кого код (хранится вместе с кодом и в журнале аудита)
cmd-admin-codes = codes
    .description = Коды доступа: использования, срок и кто какой использовал
cmd-admin-code-revoke = code_revoke
    .description = Отозвать код доступа
cmd-admin-snapshot = snapshot
    .description = Кто в очереди, идущие матчи, споры, состояние системы
cmd-admin-disputes = disputes
    .description = Открытые споры, сначала старые, с их возрастом

## Статус матча и причина завершения

staff-status-found = найден
staff-status-in-progress = идёт
staff-status-completed = завершён
staff-status-conflict = спор
staff-status-aborted = отменён игроком
staff-status-cancelled = сорван
staff-status-invalidated = аннулирован
staff-end-aborted = отмена игроком
staff-end-admin-invalidated = аннулирован администратором
staff-end-admin-resolved = решён администратором
staff-end-confirm-timeout = не подтверждён вовремя
staff-end-lone-report-at-deadline = к сроку отчитался один игрок
staff-end-replay = по реплею
staff-end-report-contradicts-replay = отчёт противоречит реплею
staff-end-report-deadline-no-report = к сроку нет отчётов
staff-end-reports-agree = отчёты совпали
staff-end-reports-disagree = отчёты расходятся

staff-pairing = Почему эта пара
staff-pairing-value =
    Разница MMR { $gap } (окно { $window }) → слагаемое MMR { $mmr_term }
    Ожидаемый пинг { $ping_a } / { $ping_b } мс → слагаемое пинга { $ping_term }
    Скидка за ожидание −{ $credit } (волн ожидания { $waves_a } / { $waves_b })
    Стоимость пары { $total } (волна составила пары с наименьшей общей стоимостью)
