package org.diaban.ui.importing;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.commit.MatchAnswers;
import org.diaban.importing.legacy.commit.MatchCandidate;
import org.diaban.importing.legacy.commit.MatchQuestion;

/**
 * The people to confirm: for each uncertain name, the stored cadres it may be and "a different
 * person", which stays chosen until the user picks another (never merged silently).
 */
final class MatchQuestionsView {

    private final I18n i18n;
    private final ImportWizardViewModel model;
    private final VBox questions = new VBox(12);
    private final ScrollPane root = new ScrollPane(questions);

    MatchQuestionsView(I18n i18n, ImportWizardViewModel model) {
        this.i18n = i18n;
        this.model = model;
        questions.setId("import-questions");
        questions.setPadding(new Insets(8));
        root.setFitToWidth(true);
    }

    Node view() {
        return root;
    }

    void show(List<MatchQuestion> list) {
        questions.getChildren().clear();
        if (list.isEmpty()) {
            Label none = new Label(i18n.get("legacy.review.noQuestions"));
            none.getStyleClass().add("placeholder-text");
            questions.getChildren().add(none);
            return;
        }
        Label intro = new Label(i18n.get("legacy.review.questionsIntro"));
        intro.setWrapText(true);
        questions.getChildren().add(intro);
        for (MatchQuestion q : list) {
            Label head = new Label(i18n.format("legacy.review.question", q.name(), q.sheet(), q.row(),
                    q.evidence() == null ? "" : q.evidence()));
            head.getStyleClass().add("section-title");
            head.setWrapText(true);
            VBox box = new VBox(4, head);
            ToggleGroup group = new ToggleGroup();
            String answer = model.answerTo(q);
            for (MatchCandidate c : q.candidates()) {
                box.getChildren().add(choice(group, i18n.format("legacy.review.samePerson", c.label()), q, c.ref(),
                        answer));
            }
            box.getChildren().add(choice(group, i18n.get("legacy.review.otherPerson"), q, MatchAnswers.NEW, answer));
            questions.getChildren().add(box);
        }
    }

    private RadioButton choice(ToggleGroup group, String text, MatchQuestion q, String ref, String answer) {
        RadioButton b = new RadioButton(text);
        b.setWrapText(true);
        b.setToggleGroup(group);
        b.setSelected(ref.equals(answer));
        b.setUserData(ref);
        b.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.answer(q, ref);
            }
        });
        return b;
    }
}
