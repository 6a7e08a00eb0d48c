package org.diaban.persistence;

import java.util.Optional;
import org.diaban.domain.settings.AppSetting;
import org.hibernate.Session;

public final class SettingsRepository {

    private final Session session;

    SettingsRepository(Session session) {
        this.session = session;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(session.find(AppSetting.class, key)).map(AppSetting::value);
    }

    public void put(String key, String value) {
        AppSetting setting = session.find(AppSetting.class, key);
        if (setting == null) {
            session.persist(new AppSetting(key, value));
        } else {
            setting.setValue(value);
        }
    }
}
