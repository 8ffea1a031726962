package io.mesosfailover.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void shouldEscapeMarkupInTextAndQuotesInAttributes() {
        // Given
        String hostile = "<img src=x onerror=\"alert('1')\">&</script>";

        // When
        String text = Html.text(hostile);
        String attribute = Html.attribute(hostile);

        // Then
        assertThat(text).isEqualTo("&lt;img src=x onerror=\"alert('1')\"&gt;&amp;&lt;/script&gt;");
        assertThat(attribute).isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;&lt;/script&gt;");
    }

    @Test
    void shouldReplaceControlCharactersAndKeepPlainTextAsItIs() {
        // Given
        String withControls = "a\u0000b\u001bc\u0085d\te\nf";

        // When
        String text = Html.text(withControls);

        // Then
        assertThat(text).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\te\nf");
        assertThat(Html.attribute("a\tb")).isEqualTo("a&#9;b");
        assertThat(Html.text("mesos-master-1")).isSameAs("mesos-master-1".intern());
        assertThat(Html.text(null)).isEmpty();
    }
}
