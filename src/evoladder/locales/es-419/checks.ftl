### checks.ftl: los controles del bot — por qué se rechazó un comando o botón antes de hacer nada.

checks-banned = Estás baneado de la ladder y no puedes usar sus comandos. Si crees que es un error, contacta a un admin.
checks-banned-reason = Estás baneado de la ladder y no puedes usar sus comandos. Motivo: { $reason } Si crees que es un error, contacta a un admin.
checks-dm-only = Los comandos de la ladder funcionan en un mensaje directo conmigo: abre mi perfil, elige *Mensaje* y usa `/{ $command }` ahí.
checks-owner-only = Solo el dueño de la ladder puede administrar a los admins.
checks-admin-only = Solo los admins de la ladder pueden usar esto.
checks-terms-first = Primero lee y acepta los términos con `/{ cmd-termsofservice }`.
checks-access-required = Esta temporada es solo por invitación: usa `/{ cmd-activate }` con el código que te dio un admin.
checks-setup-first = Primero termina de configurar tu jugador con `/{ cmd-setup }`.
checks-rate-limited = Vas un poco rápido: espera { $seconds } s y vuelve a intentarlo. No se cambió nada.
checks-not-your-component = Estos botones son de otro jugador; usa los de tus propios mensajes.
