### account.ftl: учётная запись игрока — /termsofservice, /setup, /setcountry, /help и /prune.

## /termsofservice

cmd-termsofservice = условия
    .description = Прочитать и принять правила ладдера
account-terms-title = Правила ладдера
account-terms-body =
    Пожалуйста, прочитайте правила: { $url }

    Коротко: играйте честно, только со своего аккаунта, загружайте настоящие реплеи и сообщайте результаты правдиво. Администраторы могут исправлять результаты и банить игроков, нарушающих правила.

    Нажмите **Принять**, чтобы играть в ладдере.
account-terms-accept = Принять
account-terms-decline = Отказаться
account-terms-accepted = Спасибо, правила приняты. Теперь выполните `/{ cmd-setup }`, чтобы указать имя игрока, BattleTag, страну и регион.
account-terms-declined = Вы отказались от правил, поэтому играть в ладдере нельзя. Выполните `/{ cmd-termsofservice }` ещё раз, когда захотите их принять.

## /setup

cmd-setup = настройка
    .description = Указать или изменить имя игрока, BattleTag, страну и регион
account-setup-expired = Эта настройка уже закрыта (возможно, бот перезапускался). Выполните `/{ cmd-setup }` ещё раз.
account-setup-rejected =
    { $problem }

    Нажмите **Исправить**: форма откроется снова со всем, что вы ввели.
account-setup-try-again = Исправить
account-setup-pick-first = Сначала выберите страну и регион, затем нажмите «Подтвердить».
account-setup-saved = Сохранено. Добро пожаловать в ладдер, { $name }! Найти игру можно командой `/{ cmd-queue }`.
account-setup-cancelled = Настройка отменена, ничего не изменилось.
account-setup-preview-title = Ваша регистрация в ладдере
account-setup-player-name = Имя игрока
account-setup-battletag = BattleTag
account-setup-alt-names = Другие имена
account-setup-country = Страна
account-setup-region = Регион
account-setup-none = нет
account-setup-country-value = { $flag } { $country }
account-setup-pick-below = выберите ниже
account-setup-preview-footer = Выберите, где вы живёте и откуда играете, затем нажмите «Подтвердить». Вашей страны нет в списке? Выберите «Другое (ZZ)», а потом воспользуйтесь /{ cmd-setcountry }.
account-setup-country-placeholder = Страна ({ $first }–{ $last })
account-setup-confirm = Подтвердить
account-setup-restart = Заново
account-setup-cancel = Отмена
account-setup-form-title = Регистрация в ладдере
account-setup-form-player-name = Имя игрока (ваш ник в игре)
account-setup-form-battletag = BattleTag (Имя#1234)
account-setup-form-alt-one = Другое имя (необязательно)
account-setup-form-alt-two = Второе другое имя (необязательно)

## /setcountry

cmd-setcountry = страна
    .description = Изменить страну, которая показывается рядом с вашим именем
cmd-setcountry-country = страна
    .description = Начните вводить название или код страны
account-country-field = Страна
account-country-preview = Сменить страну с { $old } на { $new }?
account-country-not-set = не указана
account-country-unchanged = У вас уже указана страна { $country }; менять нечего.
account-country-confirm = Сменить
account-country-cancel = Оставить { $old }
account-country-keep-unset = Отмена
account-country-changed = Теперь ваша страна — { $country }.
account-country-kept = Ничего не изменилось: ваша страна по-прежнему { $country }.

## /help

cmd-help = помощь
    .description = Команды, доступные вам, и краткое руководство
account-help-title = Что вы можете сделать
account-help-line = `/{ $name }` — { $description }
account-help-start-terms = Вы здесь впервые? Начните с `/{ cmd-termsofservice }`, затем `/{ cmd-setup }`: после настройки появятся другие команды.
account-help-start-setup = Следующий шаг: `/{ cmd-setup }` — укажите имя игрока, BattleTag, страну и регион.
account-help-guide = Впервые в ладдере? Прочитайте [краткое руководство]({ $url }): мод, настройки лобби, реплеи.
account-help-dms = Команды ладдера работают в личных сообщениях со мной.

## /prune

cmd-prune = очистка
    .description = Удалить мои старые сообщения в личке (они могут тормозить Discord)
account-prune-prompt =
    { $count ->
        [one] В этом чате я нашёл { $count } своё сообщение старше { $age }. Удалить его?
        [few] В этом чате я нашёл { $count } своих сообщения старше { $age }. Удалить их?
        [many] В этом чате я нашёл { $count } своих сообщений старше { $age }. Удалить их?
       *[other] В этом чате я нашёл { $count } своего сообщения старше { $age }. Удалить их?
    } Сообщения вашего текущего матча и это сообщение останутся; удаление займёт около { $seconds } с.
account-prune-nothing = Здесь нет моих сообщений старше { $age }: удалять нечего.
account-prune-confirm = Удалить
account-prune-cancel = Оставить
account-prune-working =
    { $count ->
        [one] Удаляю { $count } старое сообщение…
        [few] Удаляю { $count } старых сообщения…
        [many] Удаляю { $count } старых сообщений…
       *[other] Удаляю { $count } старого сообщения…
    }
account-prune-done = Готово: удалено моих старых сообщений — { $deleted }.
account-prune-done-with-failures = Готово: удалено моих старых сообщений — { $deleted }; не удалось удалить — { $failed }.
account-prune-cancelled = Ничего не удалено.
account-prune-busy = Я уже удаляю ваши старые сообщения; когда закончу, это сообщение сообщит об этом.
account-prune-not-here = `/{ cmd-prune }` работает в личных сообщениях со мной.
account-prune-age-minutes =
    { $minutes ->
        [one] { $minutes } минуты
        [few] { $minutes } минут
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
account-prune-age-hours =
    { $hours ->
        [one] { $hours } часа
        [few] { $hours } часов
        [many] { $hours } часов
       *[other] { $hours } часа
    }
