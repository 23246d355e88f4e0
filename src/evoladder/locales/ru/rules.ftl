### rules.ftl: правила ладдера отклоняют действие — что не так и что сделать вместо этого.

## Названия полей, о которых говорит отказ ($field).

rules-field-player-name = Имя игрока
rules-field-battletag = BattleTag
rules-field-alt-name = Дополнительное имя
rules-field-country = Страна
rules-field-region = Регион
rules-field-code = Код
rules-field-note = Примечание
rules-field-reason = Причина
rules-field-player = Игрок
rules-field-countries = Страны
rules-field-races = Расы

## Текст, который ладдер не может принять.

rules-text-bad-character = Поле «{ $field }» содержит { $problem }: введите его ещё раз без этого символа.
rules-text-too-long = Поле «{ $field }» слишком длинное (символов: { $length }): не больше { $max_length }, пожалуйста.
rules-problem-surrogate = повреждённый символ (одиночный суррогат), который нельзя сохранить
rules-problem-control = невидимый управляющий символ (U+{ $code })
rules-problem-bidi = невидимую метку направления текста (U+{ $code })
rules-store-unstorable = Этот текст содержит { $problem }, его нельзя сохранить; ничего не изменилось.
rules-unstorable-nul = символ NUL
rules-unstorable-surrogate = одиночный суррогат

## /setup и условия использования.

rules-player-name-invalid = Имя игрока «{ $name }» не подходит: используйте от 3 до 12 латинских букв (A–Z), без пробелов, цифр и символов — точно как ваше имя в игре.
rules-battletag-invalid = BattleTag «{ $tag }» не подходит: он выглядит как Name#1234 — от 1 до 12 символов, затем #, затем от 3 до 12 цифр. Его можно скопировать из приложения Battle.net.
rules-alt-name-invalid = Дополнительное имя «{ $name }» не подходит: используйте от 3 до 12 букв или цифр (любого алфавита), без пробелов и символов.
rules-too-many-alt-names = Можно указать не больше { $max } дополнительных имён.
rules-country-unknown = «{ $typed }» — неизвестный нам код страны. Выберите страну из списка (коды ISO, например KR, US, DE) или XX (без страны) / ZZ (другая).
rules-region-unknown = «{ $typed }» — неизвестный нам регион. Выберите один из: { $regions }.
rules-name-twice = «{ $name }» встречается дважды: имя игрока и дополнительные имена должны различаться.
rules-name-taken = «{ $name }» уже зарегистрировано другим игроком. Если это ваше имя, обратитесь к администратору.
rules-terms-first = Сначала примите условия использования (/{ cmd-termsofservice }).
rules-decline-terms-busy = Прежде чем отказаться от условий, выйдите из очереди и доиграйте свой матч.

## Очередь.

rules-queue-banned = Вы заблокированы в ладдере и не можете встать в очередь.
rules-queue-register-first = Прежде чем встать в очередь, пройдите /{ cmd-termsofservice } и /{ cmd-setup }.
rules-queue-already = Вы уже в очереди.
rules-queue-in-match = Вы играете матч #{ $match_id }: доиграйте его, прежде чем снова встать в очередь.
rules-queue-not-queued = Вы не в очереди.
rules-queue-unknown-race = Неизвестная раса '{ $race }': выберите расу из меню.
rules-queue-pick-races = Выберите одну расу Brood War, одну расу StarCraft II или по одной из каждой, чтобы играть за любую сторону.
rules-queue-veto-outside = «{ $map }» нет в пуле карт этого сезона: вето можно ставить только на карты из пула.
rules-queue-too-many-vetoes =
    { $max_vetoes ->
        [one] Вето можно поставить не больше чем на { $max_vetoes } карту.
        [few] Вето можно поставить не больше чем на { $max_vetoes } карты.
        [many] Вето можно поставить не больше чем на { $max_vetoes } карт.
       *[other] Вето можно поставить не больше чем на { $max_vetoes } карты.
    }
rules-quick-start-first = Перед первой игрой прочитайте краткое руководство (ссылка выше) и нажмите «Я прочитал(а) краткое руководство», затем нажмите «Встать в очередь».
rules-notice-unknown = Неизвестное уведомление '{ $notice }'.

## Подбор пар.

rules-pair-self = Игрока нельзя свести в матч с самим собой.
rules-pair-not-queued = Игрок { $player } не в очереди.
rules-pair-wrong-race = Игрок { $player } не вставал в очередь за { $race }.
rules-pair-sides = Матч — это одна раса Brood War против одной расы StarCraft II.
rules-pair-entry-changed = Игрок { $player } изменил свою заявку в очереди, пока шёл подбор; он ждёт следующего.
rules-map-not-in-pool = «{ $map }» нет в пуле карт этого сезона.
rules-server-unknown = Неизвестный сервер '{ $server }'.

## Состояние матча ($status).

rules-status-found = найден
rules-status-in-progress = идёт
rules-status-completed = завершён
rules-status-conflict = оспаривается
rules-status-aborted = отменён игроком
rules-status-cancelled = аннулирован
rules-status-invalidated = признан недействительным

## Матчи: подтверждение, отмена, результаты, реплеи.

rules-not-registered = Вы ещё не зарегистрированы: начните с /{ cmd-termsofservice }.
rules-not-your-match = Вы не участник матча #{ $match_id }.
rules-match-unknown = Матча #{ $match_id } не существует.
rules-confirm-closed = Этот матч больше нельзя подтвердить (его состояние: { $status }).
rules-confirm-already = Вы уже подтвердили этот матч; ждём вашего соперника.
rules-timeout-not-found = Истечь может только неподтверждённый матч (его состояние: { $status }).
rules-abort-closed = Этот матч больше нельзя отменить (его состояние: { $status }).
rules-abort-reported = По этому матчу уже сообщили результат, поэтому его нельзя отменить; сообщите свой результат или обратитесь к администратору.
rules-no-aborts-left = В этом месяце у вас не осталось отмен матчей (лимит: { $per_month }). Они обновляются 1-го числа (UTC); до тех пор сыграйте матч или сообщите результат.
rules-report-unknown = Неизвестный результат '{ $report }': выберите win, loss или draw.
rules-report-unconfirmed = Прежде чем сообщать результат, оба игрока должны подтвердить матч.
rules-report-closed = Состояние этого матча: { $status }; результаты больше нельзя сообщить. Если что-то не так, обратитесь к администратору.
rules-report-needs-replay = Сообщить результат можно, когда ваш реплей этой игры будет проверен: сначала отправьте мне сюда файл .SC2Replay, затем сообщите результат.
rules-report-final = Оба результата уже получены; их нельзя изменить. Если нужно, обратитесь к администратору.
rules-replay-cannot-settle = Реплей не может решить исход этого матча (его состояние: { $status }).
rules-deadline-not-applicable = Срок сообщения результата не действует (состояние матча: { $status }).
rules-match-takes-no-replay = Состояние матча #{ $match_id }: { $status }; реплей к нему не принимается (реплей должен быть от подтверждённого, сыгранного матча).
rules-replay-used = Этот реплей уже служит доказательством матча #{ $match_id }; отправьте реплей этой игры.
rules-replay-no-match = У вас нет матча, ожидающего реплей. Отправьте реплей игры ладдера, когда оба игрока подтвердили матч (также пока он оспаривается или вскоре после его окончания).
rules-replay-not-a-replay = «{ $filename }» — не реплей: отправьте файл .SC2Replay вашего матча.
rules-replay-too-big = Размер файла — { $size } МБ; реплей может быть не больше { $max } МБ. Отправьте .SC2Replay вашего матча.
rules-replay-refused = Этот реплей нельзя использовать: { $reason }.
rules-replay-match-ended = Матч #{ $match_id } тем временем закончился; реплей не прикреплён.
rules-replay-already-handled = Эта загрузка уже обработана.

## Действия администраторов.

rules-resolve-unknown = Неизвестный результат '{ $result }': выберите a, b или draw.
rules-resolve-closed = Состояние матча: { $status }; решить можно только открытые, оспариваемые или завершённые матчи.
rules-resolve-same = У матча уже такой результат; ничего не изменится.
rules-invalidate-already = Этот матч уже признан недействительным.
rules-admin-no-reason = Укажите причину: каждое действие администратора записывается в журнал с причиной.
rules-admin-mmr-bounds = MMR должен быть целым числом от { $low } до { $high }.
rules-admin-mmr-how = Выберите, как изменить MMR: { $choices }.
rules-admin-mmr-amount = Величина должна быть целым числом не меньше 0.
rules-admin-mmr-same = MMR останется { $mmr }; ничего не изменится.
rules-admin-aborts-bounds = Оставшиеся отмены должны быть целым числом от 0 до { $per_month } (месячный лимит).
rules-admin-already-banned = Этот игрок уже заблокирован.
rules-admin-not-banned = Этот игрок не заблокирован.
rules-admin-owner-unbannable = Владельца ладдера нельзя заблокировать.
rules-admin-owner-bans-admins = Заблокировать администратора может только владелец ладдера.
rules-admin-owner-unbans-admins = Разблокировать администратора может только владелец ладдера.
rules-admin-already-admin = Этот пользователь уже администратор.
rules-admin-not-admin = Этот пользователь не администратор.
rules-admin-not-queued = Этого игрока нет в очереди.
rules-admin-no-player = Укажите игрока: упоминание, Discord ID, имя игрока, BattleTag или дополнительное имя.
rules-admin-nothing-to-unblock = Этот игрок не в очереди и не в открытом матче; снимать нечего.
rules-admin-unknown-race = Неизвестная раса { $race }.
rules-admin-never-used = <@{ $discord_uid }> никогда не пользовался ладдером; изменять некого.
rules-admin-only = Это могут делать только администраторы ладдера.
rules-owner-only = Только владелец ладдера может управлять администраторами.
rules-no-match = Матча #{ $match_id } нет.
rules-no-player-id = Нет игрока с Discord ID { $discord_id }: он никогда не пользовался ладдером.
rules-nobody = Ни один игрок не подходит под «{ $reference }». Укажите игрока упоминанием, Discord ID, именем игрока, BattleTag или дополнительным именем либо выберите из подсказок.
rules-did-you-mean = Игрока «{ $reference }» нет. Возможно, вы имели в виду: { $candidates }?
rules-ambiguous =
    { $count ->
        [one] Под «{ $reference }» подходит { $count } игрок: { $candidates }. Выберите из подсказок или используйте Discord ID.
        [few] Под «{ $reference }» подходят { $count } игрока: { $candidates }. Выберите из подсказок или используйте Discord ID.
        [many] Под «{ $reference }» подходят { $count } игроков: { $candidates }. Выберите из подсказок или используйте Discord ID.
       *[other] Под «{ $reference }» подходят { $count } игрока: { $candidates }. Выберите из подсказок или используйте Discord ID.
    }
rules-candidate = { $name } ({ $battletag }, ID { $discord_id })
rules-no-battletag = нет BattleTag
rules-unknown-name = не зарегистрирован
rules-list-join = { $first }; { $rest }

## Коды доступа (сезоны по приглашениям).

rules-access-not-a-code = «{ $typed }» — не код доступа; коды выглядят как ABCD-EFGH.
rules-access-uses = Число использований должно быть целым числом от 1 до { $max_uses }.
rules-access-validity = Срок действия должен быть целым числом дней от 1 до { $max_days }.
rules-access-already-activated = Ваш доступ уже активирован; другой код не нужен.
rules-access-withdrawn = Код { $code } отозван администратором. Попросите у администратора новый.
rules-access-expired = Срок действия кода { $code } истёк. Попросите у администратора новый.
rules-access-used-up =
    { $uses_allowed ->
        [1] Код { $code } уже использован один раз — это его предел. Попросите у администратора новый.
        [one] Код { $code } уже использован { $uses_allowed } раз — это его предел. Попросите у администратора новый.
        [few] Код { $code } уже использован { $uses_allowed } раза — это его предел. Попросите у администратора новый.
        [many] Код { $code } уже использован { $uses_allowed } раз — это его предел. Попросите у администратора новый.
       *[other] Код { $code } уже использован { $uses_allowed } раза — это его предел. Попросите у администратора новый.
    }
rules-access-no-note = Укажите, для кого этот код: каждое действие администратора записывается в журнал с причиной.
rules-access-exists = Код { $code } уже существует; создайте другой.
rules-access-unknown-for-player = Кода доступа { $code } нет. Проверьте его или попросите код у администратора.
rules-access-unknown = Кода доступа { $code } нет.
rules-access-withdrawn-already = Код { $code } уже отозван.
rules-access-open-season = Этот сезон открыт для всех: код не нужен. Чтобы начать, используйте `/{ cmd-setup }`.

## Сохранение.

rules-store-not-saved = Ладдер сейчас не может сохранять данные — ничего не изменилось. Попробуйте ещё раз через несколько минут.
rules-store-closing = Ладдер завершает работу; попробуйте ещё раз чуть позже. Ничего не изменилось.
