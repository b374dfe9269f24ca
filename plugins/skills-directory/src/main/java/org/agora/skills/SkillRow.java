package org.agora.skills;

import java.util.List;

/**
 * One declared skill as a profile shows it.
 * @param skill     the skill
 * @param category  its category's name, or empty
 * @param declaration the level, flags and endorsers
 * @param endorsers the endorsers' names, oldest first
 * @param endorsedByViewer whether the reader endorsed it
 */
public record SkillRow(Skill skill, String category, Declaration declaration, List<String> endorsers,
                       boolean endorsedByViewer) {
}
